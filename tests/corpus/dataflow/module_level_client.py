# proves: a client kept at module level is an ordinary receiver
# expect: KUB001 fixed

BATCH = None


def configure(api):
    global BATCH
    BATCH = api


def lookup(api, namespace, name):
    configure(api)
    return any(j.metadata.name == name for j in BATCH.list_namespaced_job(namespace).items)
