# proves: a truth test of the labels before the name reads a field every object's metadata has, without effects: the narrowed list keeps the test and sees the same match
# expect: KUB001 fixed

from k8s_lint.runtime import items_named


def lookup(api, namespace, name):
    return any(
        p.metadata.labels and p.metadata.name == name
        for p in items_named(
            api.read_namespaced_pod, name=name, namespace=namespace
        )
    )
