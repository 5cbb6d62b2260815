# proves: tries nested in a helper that only re-raise run their body as if they were not there, however deep: the helper is summarised and its caller fixed
# expect: KUB001 fixed

from k8s_lint.runtime import exists
from kubernetes.client.exceptions import ApiException


def _jobs(batch, namespace):
    try:
        try:
            response = batch.list_namespaced_job(namespace)
        except ApiException:
            raise
    except Exception:
        raise
    return response.items


def lookup(api, namespace, name):
    return exists(api.read_namespaced_job, name=name, namespace=namespace)
