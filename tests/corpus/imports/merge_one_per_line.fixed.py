# proves: in a helper import written one name per line (isort's wrapped form), the new name gets a line of its own in sorted place
# expect: KUB001 fixed

from k8s_lint.runtime import (
    exists,
    read_or_none,
    read_or_raise,
)


def job_exists(api, namespace, name):
    return exists(api.read_namespaced_job, name=name, namespace=namespace)


def pod(api, namespace, name):
    return read_or_raise(api.read_namespaced_pod, name=name, namespace=namespace)


def lookup(api, namespace, name):
    if not job_exists(api, namespace, name):
        return None
    return read_or_none(
        api.read_namespaced_secret, name=name, namespace=namespace
    )
