# proves: the loop variable read after the loop is kept where the loop's else never falls through
# expect: KUB001 fixed
from k8s_lint.runtime import items_named


def lookup(api, namespace, name):
    for job in items_named(
        api.read_namespaced_job, name=name, namespace=namespace
    ):
        if job.metadata.name == name:
            break
    else:
        return None
    return job.metadata.labels
