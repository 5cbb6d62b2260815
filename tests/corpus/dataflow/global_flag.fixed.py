# proves: a global flag keeps its old value where the read raises, and calls may change it: the flag code stays, only the list is narrowed
# expect: KUB001 fixed

from k8s_lint.runtime import items_named

FOUND = None


def lookup(api, namespace, name):
    global FOUND
    FOUND = False
    for job in items_named(
        api.read_namespaced_job, name=name, namespace=namespace
    ):
        if job.metadata.name == name:
            FOUND = True
            break
    return FOUND
