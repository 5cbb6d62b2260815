# proves: found = False; jobs = list...; for: the list binding between the flag and the loop
# expect: KUB001 fixed

from k8s_lint.runtime import exists


def lookup(api, namespace, name):
    found = exists(api.read_namespaced_job, name=name, namespace=namespace)
    return found
