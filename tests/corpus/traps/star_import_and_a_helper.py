# proves: a star import may rebind the helper the search takes its list from (or a name the helper reads): the search is reported, naming the helper, and not fixed
# expect: KUB001 not fixed: which a star import of this module may rebind

import os


def _jobs(api, namespace):
    return api.list_namespaced_job(namespace).items


def lookup(api, namespace, name):
    return any(j.metadata.name == name for j in _jobs(api, namespace))


from os.path import *  # noqa: E402, F403
