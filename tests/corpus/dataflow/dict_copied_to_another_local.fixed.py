# proves: a plain copy of the local holding the matches dict (`by_name = result`) is the same dict: followed, and the lookup fixed
# expect: KUB001 fixed

from k8s_lint.runtime import read_or_none


def lookup(api, namespace, name):
    return read_or_none(
        api.read_namespaced_pod, name=name, namespace=namespace
    )
