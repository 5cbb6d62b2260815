# proves: the response copied to another local before its items are searched (`jobs = response`) is followed through the copy
# expect: KUB001 fixed

from k8s_lint.runtime import read_or_none


def lookup(api, namespace, name):
    return read_or_none(
        api.read_namespaced_config_map, name=name, namespace=namespace
    )
