# proves: a name captured by a match case does not exist where the list is made
# expect: KUB005 not fixed: the name is assigned between the list call and the search

def lookup(api, namespace, name, spec=None):
    jobs = api.list_namespaced_job(namespace, label_selector="app=etl").items
    match spec or {"name": name}:
        case {"name": wanted}:
            return any(j.metadata.name == wanted for j in jobs)
    return False
