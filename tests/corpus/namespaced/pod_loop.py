# proves: CoreV1Api pods: the loop idiom
# expect: KUB001 fixed

def lookup(api, namespace, name):
    for pod in api.list_namespaced_pod(namespace).items:
        if pod.metadata.name == name:
            return True
    return False
