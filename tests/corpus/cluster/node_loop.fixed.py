# proves: a node returned from a loop
# expect: KUB002 fixed

from k8s_lint.runtime import read_or_none


def lookup(api, namespace, name):
    return read_or_none(api.read_node, name=name, _request_timeout=10)
