# proves: a label-selected list searched by a loop that returns a field keeps the list and gains the name selector
# expect: KUB005 fixed
def lookup(api, namespace, name):
    for pod in api.list_namespaced_pod(namespace, label_selector="app=etl").items:
        if pod.metadata.name == name:
            return pod.metadata.labels
    return None
