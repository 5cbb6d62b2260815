# proves: the wrapped copy of the items is also counted: a use besides the search, reported with the line (not fixed)
# expect: KUB001 not fixed: the pod list is also used on line 7

def lookup(api, namespace, name):
    listed = api.list_namespaced_pod(namespace).items
    pods = list(listed)
    print(len(pods), "pods")
    return any(p.metadata.name == name for p in pods)
