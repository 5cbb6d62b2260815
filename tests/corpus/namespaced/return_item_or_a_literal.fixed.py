# proves: return the item, or a literal default after the loop
# expect: KUB001 fixed

from k8s_lint.runtime import read_or_default


def lookup(api, namespace, name):
    return read_or_default(
        {}, api.read_namespaced_job, name=name, namespace=namespace
    )
