# proves: all(j.metadata.name != name ...) is true when nothing matches: not exists
# expect: KUB001 fixed

from k8s_lint.runtime import exists


def lookup(api, namespace, name):
    if not exists(api.read_namespaced_job, name=name, namespace=namespace):
        return "create"
    return "skip"
