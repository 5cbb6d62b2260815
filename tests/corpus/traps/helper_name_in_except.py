# proves: `except ... as exists` binds `exists` locally: the helper comes through `k8s_runtime`
# expect: KUB001 fixed

def lookup(api, namespace, name):
    try:
        pass
    except AttributeError as exists:
        raise RuntimeError(exists)
    return any(j.metadata.name == name for j in api.list_namespaced_job(namespace).items)
