# proves: counting the matches (sum over a generator, len as a number) counts the same
# expect: KUB001 fixed
from k8s_lint.runtime import items_named


def lookup(api, namespace, name):
    return sum(
        1
        for d in items_named(
            api.read_namespaced_deployment, name=name, namespace=namespace
        )
        if d.metadata.name == name
    )
