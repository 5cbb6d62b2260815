# proves: a lambda that is filter()'s test, consumed at once by list(), runs where it stands: the name it reads has the value it has at the list call, so the search is narrowed like a comprehension's
# expect: KUB001 fixed

from k8s_lint.runtime import items_named


def lookup(batch, namespace, name):
    jobs = items_named(
        batch.read_namespaced_job, name=name, namespace=namespace
    )
    matches = list(filter(lambda j: j.metadata.name == name, jobs))
    return matches[0] if matches else None
