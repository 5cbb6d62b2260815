# proves: a namespace variable could hold a value no object has, which matched nothing
# expect: KUB004 unsafe: a namespace no object has

def lookup(api, namespace, name):
    for pod in api.list_pod_for_all_namespaces().items:
        if pod.metadata.name == name and pod.metadata.namespace == namespace:
            return pod
    return None
