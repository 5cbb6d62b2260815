# proves: a statement run for every item (a log line) is dropped: unsafe
# expect: KUB001 unsafe: drops statements the loop ran for every item

import logging

from k8s_lint.runtime import exists

LOG = logging.getLogger(__name__)


def lookup(api, namespace, name):
    return exists(api.read_namespaced_job, name=name, namespace=namespace)
