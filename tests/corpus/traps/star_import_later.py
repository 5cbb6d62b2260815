# proves: a star import could rebind `exists`: the helper comes through `k8s_runtime`
# expect: KUB001 fixed

import os


def lookup(api, namespace, name):
    return any(j.metadata.name == name for j in api.list_namespaced_job(namespace).items)


from os.path import *  # noqa: E402, F403
