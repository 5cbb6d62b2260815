# proves: an inert test on another metadata field before the name test looks at nothing that can fail
# expect: KUB001 fixed
from k8s_lint.runtime import items_named


def lookup(api, namespace, name):
    for job in items_named(
        api.read_namespaced_job, name=name, namespace=namespace
    ):
        if job.metadata.namespace == namespace and job.metadata.name == name:
            return job.metadata.labels
    return None
