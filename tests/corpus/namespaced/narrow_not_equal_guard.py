# proves: `if not <item name> == N: continue` is the same guard
# expect: KUB001 fixed
def lookup(api, namespace, name):
    for pod in api.list_namespaced_pod(namespace).items:
        if not pod.metadata.name == name:
            continue
        return pod.metadata.labels
    return {}
