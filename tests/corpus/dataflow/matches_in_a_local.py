# proves: matches = [...]; if matches: the list of matches goes too
# expect: KUB001 fixed

def lookup(api, namespace, name):
    matches = [j for j in api.list_namespaced_job(namespace).items if j.metadata.name == name]
    if matches:
        return True
    return False
