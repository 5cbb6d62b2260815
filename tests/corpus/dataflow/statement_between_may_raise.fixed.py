# proves: a statement that can raise between the list and the search: the list is narrowed where it is, so it still runs first
# expect: KUB001 fixed

from k8s_lint.runtime import items_named

SETTINGS = {"retries": 3}


def lookup(api, namespace, name):
    jobs = items_named(api.read_namespaced_job, name=name, namespace=namespace)
    retries = SETTINGS["retries"]
    return any(j.metadata.name == name for j in jobs), retries
