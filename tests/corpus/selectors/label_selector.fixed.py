# proves: a label selector also filters: add the name to the server-side filter
# expect: KUB005 fixed

from k8s_lint.runtime import name_selector


def lookup(api, namespace, name):
    jobs = api.list_namespaced_job(
        namespace, label_selector="app=etl", field_selector=name_selector(name)
    ).items
    return any(j.metadata.name == name for j in jobs)
