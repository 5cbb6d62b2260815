# proves: where `not` would bind wrongly (an operand of +), it is parenthesised
# expect: KUB001 fixed

from k8s_lint.runtime import exists


def lookup(api, namespace, name):
    return (
        not exists(api.read_namespaced_job, name=name, namespace=namespace)
    ) + 1
