# proves: jobs = list; items = jobs.items; search items: both locals go
# expect: KUB001 fixed

from k8s_lint.runtime import read_or_none


def lookup(api, namespace, name):
    return read_or_none(
        api.read_namespaced_job, name=name, namespace=namespace
    )
