# proves: a helper called with two arguments that may have effects: inlined, the order in which they run could change, so the search is reported and not fixed
# expect: KUB001 not fixed: whose list the fix can't take the place of here

def _client(api):
    return api


def _pods(core, namespace):
    return core.list_namespaced_pod(namespace).items


def lookup(api, namespace, name):
    for pod in _pods(_client(api), namespace.strip()):
        if pod.metadata.name == name:
            return pod
    return None
