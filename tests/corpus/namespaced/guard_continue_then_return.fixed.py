# proves: if the name differs, continue; then return True: the same lookup, spelt backwards
# expect: KUB001 fixed

from k8s_lint.runtime import exists


def lookup(api, namespace, name):
    return exists(api.read_namespaced_job, name=name, namespace=namespace)
