# proves: list(filter(...)) used as a truth value
# expect: KUB001 fixed

from k8s_lint.runtime import exists


def lookup(api, ns, name):
    if exists(api.read_namespaced_stateful_set, name=name, namespace=ns):
        return "running"
    return "missing"
