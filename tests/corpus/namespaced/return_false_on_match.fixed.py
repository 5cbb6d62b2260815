# proves: return False on a match, True after the loop: not exists
# expect: KUB001 fixed

from k8s_lint.runtime import exists


def lookup(api, namespace, name):
    return not exists(api.read_namespaced_job, name=name, namespace=namespace)
