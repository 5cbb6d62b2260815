# proves: a helper whose parameters are keyword-only (one with a default): the call binds them by keyword as any other, so it is inlined and the search fixed
# expect: KUB001 fixed

from k8s_lint.runtime import exists


def _jobs(batch, *, namespace, pretty="false"):
    return batch.list_namespaced_job(namespace, pretty=pretty).items


def lookup(api, namespace, name):
    return exists(
        api.read_namespaced_job, name=name, namespace=namespace, pretty="false"
    )
