# proves: `if not j.metadata or j.metadata.name != name: continue` skips every other item and nothing a cluster sends: the loop is narrowed and stays
# expect: KUB001 fixed

from k8s_lint.runtime import items_named


def lookup(api, namespace, name):
    for job in items_named(
        api.read_namespaced_job, name=name, namespace=namespace
    ):
        if not job.metadata or job.metadata.name != name:
            continue
        if job.status.succeeded:
            return "done"
        return "running"
    return "missing"
