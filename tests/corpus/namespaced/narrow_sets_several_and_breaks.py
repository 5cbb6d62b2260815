# proves: a loop that sets several variables and breaks keeps all of them
# expect: KUB001 fixed
def lookup(api, namespace, name):
    found = False
    labels = {}
    for pod in api.list_namespaced_pod(namespace).items:
        if pod.metadata.name == name:
            found = True
            labels = pod.metadata.labels
            break
    return found, labels
