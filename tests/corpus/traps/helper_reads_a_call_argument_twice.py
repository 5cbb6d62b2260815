# proves: a helper reading twice a parameter passed a call: inlined, the call would run twice, so the search is reported and not fixed
# expect: KUB001 not fixed: whose list the fix can't take the place of here

def _client(api):
    return api


def _pods(core, namespace):
    return core.list_namespaced_pod(namespace, pretty=core.pretty).items


def lookup(api, namespace, name):
    for pod in _pods(_client(api), namespace):
        if pod.metadata.name == name:
            return pod
    return None
