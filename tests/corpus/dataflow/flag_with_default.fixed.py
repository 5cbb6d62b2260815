# proves: a flag that starts at another value keeps it when nothing matches
# expect: KUB001 fixed

from k8s_lint.runtime import read_or_default

MISSING = "missing"


def lookup(api, namespace, name):
    found = read_or_default(
        MISSING, api.read_namespaced_job, name=name, namespace=namespace
    )
    return found
