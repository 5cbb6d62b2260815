# proves: sorted() by a key that may be missing (a label) can raise for other items: not a wrapper
# expect: clean

def lookup(api, namespace, name):
    pods = api.list_namespaced_pod(namespace).items
    for pod in sorted(pods, key=lambda p: p.metadata.labels["rank"]):
        if pod.metadata.name == name:
            return True
    return False
