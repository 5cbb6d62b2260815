# proves: a call between the list and the search: the idiomatic rewrite would move the list past it, so the list is narrowed where it is instead
# expect: KUB001 fixed

from k8s_lint.runtime import items_named


def lookup(batch, namespace, name):
    jobs = items_named(
        batch.read_namespaced_job, name=name, namespace=namespace
    )
    batch.delete_namespaced_job(name, namespace)
    return any(j.metadata.name == name for j in jobs)
