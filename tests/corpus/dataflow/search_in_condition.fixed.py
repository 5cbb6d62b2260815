# proves: moving the list call into a branch would skip it when the branch is not taken: the list is narrowed where it is instead
# expect: KUB001 fixed

from k8s_lint.runtime import items_named


def lookup(batch, namespace, name):
    jobs = items_named(
        batch.read_namespaced_job, name=name, namespace=namespace
    )
    return bool(name) and any(j.metadata.name == name for j in jobs)
