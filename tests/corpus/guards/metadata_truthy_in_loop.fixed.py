# proves: `if j.metadata and j.metadata.name == name` guards against objects no cluster sends: the guard cannot change which item matches
# expect: KUB001 fixed

from k8s_lint.runtime import exists


def lookup(api, namespace, name):
    return exists(api.read_namespaced_job, name=name, namespace=namespace)
