# proves: an assignment expression passed to the list stays parenthesised in the read
# expect: KUB001 fixed

from k8s_lint.runtime import exists


def lookup(api, namespace, name):
    return exists(
        api.read_namespaced_job, name=name, namespace=(ns := namespace)
    )
