# proves: a namespace variable could hold a value no object has, which matched nothing
# expect: KUB004 unsafe: a namespace no object has

from k8s_lint.runtime import read_or_none


def lookup(api, namespace, name):
    return read_or_none(
        api.read_namespaced_pod,
        name=name,
        namespace=namespace,
    )
