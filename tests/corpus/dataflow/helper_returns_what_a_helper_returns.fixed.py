# proves: summaries compose: a function returning the items of what another list-returning function returns is summarised in turn, so the search of its result is fixed as if the list call were written there
# expect: KUB001 fixed

from k8s_lint.runtime import read_or_none


def _fetch_jobs(batch, namespace):
    return batch.list_namespaced_job(namespace)


def all_jobs(batch, namespace):
    return _fetch_jobs(batch, namespace).items


def lookup(batch, namespace, name):
    return read_or_none(
        batch.read_namespaced_job, name=name, namespace=namespace
    )
