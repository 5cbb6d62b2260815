# proves: a search inside the next statement's body may not run at all: the list is narrowed where it is, not moved into the body
# expect: KUB001 fixed

from k8s_lint.runtime import items_named


def lookup(batch, namespace, name):
    jobs = items_named(
        batch.read_namespaced_job, name=name, namespace=namespace
    )
    if name:
        return any(j.metadata.name == name for j in jobs)
    return False
