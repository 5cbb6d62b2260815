# proves: -1 is a number, not arithmetic that could raise: the default is safe
# expect: KUB001 fixed

from k8s_lint.runtime import read_or_default


def lookup(api, namespace, name):
    return read_or_default(
        -1, api.read_namespaced_job, name=name, namespace=namespace
    )
