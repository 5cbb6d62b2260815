# proves: `any` bound to something else (numpy's) is not the builtin
# expect: clean

from numpy import any


def lookup(api, namespace, name):
    return any(j.metadata.name == name for j in api.list_namespaced_job(namespace).items)
