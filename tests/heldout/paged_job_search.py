# proves: a paginated scan (limit + _continue in a while loop) over the Jobs that returns the one named job: every page is read until it is found, so one read replaces all pages
# expect: KUB001 fixed

from kubernetes import client

PAGE_SIZE = 2


def find_job(batch: client.BatchV1Api, namespace: str, name: str, page_size: int = PAGE_SIZE):
    token = None
    while True:
        page = batch.list_namespaced_job(namespace, limit=page_size, _continue=token)
        for job in page.items:
            if job.metadata.name == name:
                return job
        token = page.metadata._continue
        if not token:
            return None


def lookup(api, namespace, name):
    return find_job(api, namespace, name)
