# proves: test suites list into the same variables twice in one function; each list call is followed to its own search, in an assert
# expect: KUB001 fixed
# expect: KUB001 fixed
async def lookup(api, namespace, name):
    pods = (await api.list_namespaced_pod(namespace)).items
    pod_names = [p.metadata.name for p in pods]
    assert name in pod_names
    pods = (await api.list_namespaced_pod("other")).items
    pod_names = [p.metadata.name for p in pods]
    assert name not in pod_names
    return True
