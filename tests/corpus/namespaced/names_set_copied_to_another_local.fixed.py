# proves: the set of names bound to one local and copied to another before the membership test: the copy holds the same names, so it is the same lookup
# expect: KUB001 fixed

from k8s_lint.runtime import exists


def lookup(core, namespace, name):
    if not exists(
        core.read_namespaced_service, name=name, namespace=namespace
    ):
        return "missing"
    return "present"
