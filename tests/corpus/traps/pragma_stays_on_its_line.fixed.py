# proves: a pragma after the rewritten code stays on its line, which still holds the statement it applies to
# expect: KUB001 fixed

from k8s_lint.runtime import exists


def lookup(api, namespace, name):
    found = exists(api.read_namespaced_job, name=name, namespace=namespace)  # noqa: E501
    return found
