# proves: set(<generator of names>) holds what a set comprehension of the names does: membership of the name in it is a lookup, fixed as one
# expect: KUB001 fixed

from k8s_lint.runtime import exists


def lookup(core, namespace, name):
    if not exists(
        core.read_namespaced_service, name=name, namespace=namespace
    ):
        return "missing"
    return "present"
