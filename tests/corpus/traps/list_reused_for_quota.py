# proves: a list also used for a count is reported with the reuse as the reason
# expect: KUB001 not fixed: the pod list is also used on line 5
def lookup(api, namespace, name):
    pods = api.list_namespaced_pod(namespace).items
    if len(pods) > 100:
        raise RuntimeError("quota exceeded")
    for pod in pods:
        if pod.metadata.name == name:
            return pod
    return None
