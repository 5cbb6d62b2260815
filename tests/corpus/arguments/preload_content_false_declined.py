# proves: _preload_content=False returns the raw HTTP response: declined, naming the argument
# expect: KUB001 not fixed: _preload_content=False returns the raw HTTP response

def lookup(api, namespace, name):
    response = api.list_namespaced_pod(namespace, _preload_content=False)
    return any(p.metadata.name == name for p in response.items)
