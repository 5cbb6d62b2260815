# proves: matches used twice (tested, then indexed): the list is narrowed, both uses stay
# expect: KUB001 fixed

from k8s_lint.runtime import items_named


def lookup(api, namespace, name):
    matches = [
        j
        for j in items_named(
            api.read_namespaced_job, name=name, namespace=namespace
        )
        if j.metadata.name == name
    ]
    if matches:
        return matches[0].metadata.uid
    return None
