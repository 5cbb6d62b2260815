# proves: the filtered list itself is the result: the 0-or-1-item list of the read is that list
# expect: KUB001 fixed

from k8s_lint.runtime import items_named


def lookup(batch, namespace, name):
    return [
        j
        for j in items_named(
            batch.read_namespaced_job, name=name, namespace=namespace
        )
        if j.metadata.name == name
    ]
