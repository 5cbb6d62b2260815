# proves: field_selector=None written out is no selector: the search is a lookup like any other, and the None gives way to the name's selector
# expect: KUB005 fixed
from k8s_lint.runtime import name_selector


def lookup(api, namespace, name):
    for job in api.list_namespaced_job(
        namespace,
        label_selector="app=etl",
        field_selector=name_selector(name, None),
    ).items:
        if job.metadata.name == name:
            return job.metadata.labels
    return None
