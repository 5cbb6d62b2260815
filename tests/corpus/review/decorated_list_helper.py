# proves: a list helper with a decorator is not its body: here the decorator turns API errors into an empty list, which inlining the body bypasses
# expect: KUB001 not fixed: the list comes from all_jobs()

import functools

from kubernetes.client.exceptions import ApiException


def tolerant(function):
    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        try:
            return function(*args, **kwargs)
        except ApiException:
            return []

    return wrapper


@tolerant
def all_jobs(batch, namespace):
    return batch.list_namespaced_job(namespace).items


def lookup(api, namespace, name):
    for job in all_jobs(api, namespace):
        if job.metadata.name == name:
            return job.metadata.name
    return None
