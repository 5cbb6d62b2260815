# proves: a sort key reading the name through to_dict() looks at a field every object has: the sorted items are the same items
# expect: KUB001 fixed

from k8s_lint.runtime import exists


def lookup(api, namespace, name):
    return exists(api.read_namespaced_job, name=name, namespace=namespace)
