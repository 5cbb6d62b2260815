# proves: items sorted by a metadata field every object has (the name, in reverse) are the same items: the loop over them is a lookup
# expect: KUB001 fixed

from k8s_lint.runtime import read_or_none


def lookup(api, namespace, name):
    return read_or_none(
        api.read_namespaced_job, name=name, namespace=namespace
    )
