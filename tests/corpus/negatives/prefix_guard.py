# proves: a guard on a name prefix is no exact-name lookup
# expect: clean
def lookup(api, namespace, name):
    for pod in api.list_namespaced_pod(namespace).items:
        if not pod.metadata.name.startswith(name):
            continue
        return pod
    return None
