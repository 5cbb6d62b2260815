# proves: a helper that returns (items, error), every other path returning nothing in the items' place, hands on the list: the search of the unpacked items is flagged at the search, naming the helper, and not fixed (the fix would have to change the helper)
# expect: KUB001 not fixed: which returns the items in a tuple with other values
from kubernetes.client.exceptions import ApiException


def fetch_jobs(batch, namespace):
    try:
        response = batch.list_namespaced_job(namespace)
    except ApiException as error:
        return [], error
    return response.items, None


def lookup(batch, namespace, name):
    jobs, error = fetch_jobs(batch, namespace)
    if error is not None:
        raise error
    return any(job.metadata.name == name for job in jobs)
