# proves: watch=False (the client README's phrasing) is a plain list: select on the server
# expect: KUB005 fixed

from k8s_lint.runtime import name_selector


def lookup(api, namespace, name):
    for job in api.list_job_for_all_namespaces(
        watch=False, field_selector=name_selector(name)
    ).items:
        if job.metadata.name == name:
            return job.metadata.namespace
    return None
