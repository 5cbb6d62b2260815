# proves: items converted with to_dict() and then searched as dicts: the read's item converts to the same dict
# expect: KUB001 fixed
def lookup(api, namespace, name):
    pods = [p.to_dict() for p in api.list_namespaced_pod(namespace).items]
    for pod in pods:
        if pod["metadata"]["name"] == name:
            return pod
    return None
