# proves: {name: ...} raises TypeError for an unhashable name: read by name with that default it would run before the API call (unsafe), so the list is narrowed instead and the default runs where it did
# expect: KUB001 fixed

from k8s_lint.runtime import items_named


def lookup(api, namespace, name):
    by_name = {
        j.metadata.name: j
        for j in items_named(
            api.read_namespaced_job, name=name, namespace=namespace
        )
    }
    return by_name.get(name, {name: None})
