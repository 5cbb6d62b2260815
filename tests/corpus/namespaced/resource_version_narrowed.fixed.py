# proves: resource_version may answer from a cache: a read cannot ask for that, a field selector on the same list keeps it
# expect: KUB005 fixed

from k8s_lint.runtime import name_selector


def lookup(batch, namespace, name):
    jobs = batch.list_namespaced_job(
        namespace, resource_version="0", field_selector=name_selector(name)
    ).items
    return any(j.metadata.name == name for j in jobs)
