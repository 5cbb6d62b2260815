# proves: a paginated scan (limit + _continue in a while loop) over the Jobs that returns the one named job: every page is read until it is found, so one read replaces all pages
# expect: KUB001 fixed

from k8s_lint.runtime import read_or_none
from kubernetes import client

PAGE_SIZE = 2


def find_job(batch: client.BatchV1Api, namespace: str, name: str, page_size: int = PAGE_SIZE):
    return read_or_none(batch.read_namespaced_job, name=name, namespace=namespace)


def lookup(api, namespace, name):
    return find_job(api, namespace, name)
