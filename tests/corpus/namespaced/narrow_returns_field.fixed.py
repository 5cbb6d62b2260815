# proves: a loop that returns a field of the match is narrowed (the read's item has the same field)
# expect: KUB001 fixed
from k8s_lint.runtime import items_named


def lookup(api, namespace, name):
    for job in items_named(
        api.read_namespaced_job, name=name, namespace=namespace
    ):
        if job.metadata.name == name:
            return job.metadata.labels["app"]
    return None
