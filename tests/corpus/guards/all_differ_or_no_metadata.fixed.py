# proves: absence written as every item lacking metadata or differing in name: the negated guard cannot change the answer, so not exists()
# expect: KUB001 fixed

from k8s_lint.runtime import exists


def lookup(api, namespace, name):
    if not exists(api.read_namespaced_job, name=name, namespace=namespace):
        return "create"
    return "skip"
