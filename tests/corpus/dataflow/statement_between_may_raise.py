# proves: a statement that can raise between the list and the search would now run first
# expect: KUB001 not fixed: code between the list call and the search could change its result

SETTINGS = {"retries": 3}


def lookup(api, namespace, name):
    jobs = api.list_namespaced_job(namespace).items
    retries = SETTINGS["retries"]
    return any(j.metadata.name == name for j in jobs), retries
