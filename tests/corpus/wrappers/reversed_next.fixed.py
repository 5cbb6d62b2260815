# proves: reversed() hands the same items to next(): a lookup
# expect: KUB001 fixed

from k8s_lint.runtime import read_or_none


def lookup(api, namespace, name):
    return read_or_none(
        api.read_namespaced_service, name=name, namespace=namespace
    )
