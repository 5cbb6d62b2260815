# proves: a call evaluated before the search in the same statement: the list is narrowed where it is, so the call still runs after it
# expect: KUB001 fixed

from k8s_lint.runtime import items_named


def lookup(api, namespace, name):
    jobs = items_named(api.read_namespaced_job, name=name, namespace=namespace)
    return api.create_namespaced_job(namespace, name), any(j.metadata.name == name for j in jobs)
