# proves: matches used twice (tested, then indexed): the list is narrowed, both uses stay
# expect: KUB001 fixed

def lookup(api, namespace, name):
    matches = [j for j in api.list_namespaced_job(namespace).items if j.metadata.name == name]
    if matches:
        return matches[0].metadata.uid
    return None
