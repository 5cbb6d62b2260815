# proves: matches = [...]; if matches: the list of matches goes too
# expect: KUB001 fixed

from k8s_lint.runtime import exists


def lookup(api, namespace, name):
    if exists(api.read_namespaced_job, name=name, namespace=namespace):
        return True
    return False
