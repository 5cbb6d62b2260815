# proves: timeout_seconds bounds the list on the server; a read has no such argument, the list narrowed by a field selector keeps it
# expect: KUB005 fixed: timeout_seconds bounds the list call on the server

from k8s_lint.runtime import name_selector


def lookup(api, namespace, name):
    jobs = api.list_namespaced_job(
        namespace, timeout_seconds=10, field_selector=name_selector(name)
    ).items
    return any(job.metadata.name == name for job in jobs)
