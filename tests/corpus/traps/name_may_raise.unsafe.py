# proves: spec['name'] was never evaluated for an empty list; the read evaluates it
# expect: KUB001 unsafe: is evaluated even when the list is empty

from k8s_lint.runtime import exists


def lookup(api, namespace, name):
    spec = {"name": name}
    return exists(
        api.read_namespaced_job, name=spec["name"], namespace=namespace
    )
