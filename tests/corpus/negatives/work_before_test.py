# proves: a loop that counts every item before testing the name sees every item: no lookup
# expect: clean
def lookup(api, namespace, name):
    checked = 0
    for pod in api.list_namespaced_pod(namespace).items:
        checked += 1
        if pod.metadata.name == name:
            return checked
    return checked
