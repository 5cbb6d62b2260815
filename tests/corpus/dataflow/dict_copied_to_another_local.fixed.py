# proves: a plain copy of the local holding the matches dict (`by_name = result`) is the same dict: followed, and the lookup fixed
# expect: KUB001 fixed

from k8s_lint.runtime import items_named


def lookup(api, namespace, name):
    result = {
        p.metadata.name: p
        for p in items_named(
            api.read_namespaced_pod, name=name, namespace=namespace
        )
    }
    by_name = result
    return by_name.get(name)
