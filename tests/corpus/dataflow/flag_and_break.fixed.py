# proves: found = None; for ...: if match: found = item; break  ->  found = read_or_none(...)
# expect: KUB001 fixed

from k8s_lint.runtime import read_or_none


def lookup(api, namespace, name):
    found = read_or_none(
        api.read_namespaced_job, name=name, namespace=namespace
    )
    if found is None:
        return "missing"
    return found.metadata.uid
