# proves: a client kept at module level is an ordinary receiver
# expect: KUB001 fixed

from k8s_lint.runtime import exists

BATCH = None


def configure(api):
    global BATCH
    BATCH = api


def lookup(api, namespace, name):
    configure(api)
    return exists(BATCH.read_namespaced_job, name=name, namespace=namespace)
