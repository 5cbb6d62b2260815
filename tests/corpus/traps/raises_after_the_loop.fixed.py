# proves: a loop that raises when nothing matched still raises: only the list is narrowed
# expect: KUB001 fixed

from k8s_lint.runtime import items_named


def lookup(api, namespace, name):
    for job in items_named(
        api.read_namespaced_job, name=name, namespace=namespace
    ):
        if job.metadata.name == name:
            return job
    raise LookupError(name)
