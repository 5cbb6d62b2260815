# proves: a try that only re-raises around the helper's binding alone (not its whole body) runs as if it were not there: the helper is summarised and its caller fixed
# expect: KUB001 fixed

from k8s_lint.runtime import exists


def _jobs(batch, namespace):
    try:
        response = batch.list_namespaced_job(namespace)
    except Exception:
        raise
    return response.items or []


def lookup(api, namespace, name):
    return exists(api.read_namespaced_job, name=name, namespace=namespace)
