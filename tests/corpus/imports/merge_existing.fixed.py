# proves: a helper import that is there already gets the new name, sorted: isort keeps one `from` line per module
# expect: KUB001 fixed

from k8s_lint.runtime import exists, read_or_none
from kubernetes import client


def job_exists(api: client.BatchV1Api, namespace, name):
    return exists(api.read_namespaced_job, name=name, namespace=namespace)


def lookup(api, namespace, name):
    if not job_exists(api, namespace, name):
        return None
    return read_or_none(
        api.read_namespaced_pod, name=name, namespace=namespace
    )
