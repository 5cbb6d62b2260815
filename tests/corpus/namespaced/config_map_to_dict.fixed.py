# proves: item.to_dict()['metadata']['name'] is the same comparison
# expect: KUB001 fixed

from k8s_lint.runtime import read_or_raise


def lookup(api, ns, name):
    return read_or_raise(
        IndexError("list index out of range"),
        api.read_namespaced_config_map,
        name=name,
        namespace=ns,
    )
