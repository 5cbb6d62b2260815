# proves: a statement that can raise between the list and the search: the list is narrowed where it is, so it still runs first
# expect: KUB001 fixed

SETTINGS = {"retries": 3}


def lookup(api, namespace, name):
    jobs = api.list_namespaced_job(namespace).items
    retries = SETTINGS["retries"]
    return any(j.metadata.name == name for j in jobs), retries
