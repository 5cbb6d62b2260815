# proves: the flag set before a try keeps its value where the read raises, as where the list did
# expect: KUB001 fixed

from k8s_lint.runtime import read_or_none


def lookup(api, namespace, name):
    found = None
    try:
        found = read_or_none(
            api.read_namespaced_job, name=name, namespace=namespace
        )
    except ValueError:
        return "invalid"
    return found
