# proves: next() without a default inside a coroutine, caught by `except StopIteration` there: the list is narrowed and next() stays in the coroutine
# expect: KUB001 fixed
async def lookup(api, namespace, name):
    try:
        pod = next(p for p in (await api.list_namespaced_pod(namespace)).items if p.metadata.name == name)
    except StopIteration:
        return "missing"
    return pod.metadata.labels
