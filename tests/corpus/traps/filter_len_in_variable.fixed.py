# proves: len() of the matches kept as a number counts the same 0 or 1 matches after narrowing
# expect: KUB001 fixed

from k8s_lint.runtime import items_named


def lookup(batch, namespace, name):
    matches = len(
        [
            j
            for j in items_named(
                batch.read_namespaced_job, name=name, namespace=namespace
            )
            if j.metadata.name == name
        ]
    )
    return matches > 0
