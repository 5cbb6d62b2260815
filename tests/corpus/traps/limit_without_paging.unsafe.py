# proves: with limit and no paging the search saw one page; the read sees everything
# expect: KUB001 unsafe: searched only its first page

from k8s_lint.runtime import exists


def lookup(api, namespace, name):
    return exists(api.read_namespaced_job, name=name, namespace=namespace)
