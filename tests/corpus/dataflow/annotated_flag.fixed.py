# proves: found: Optional[V1Job] = None stays (it declares the type); the loop becomes the read
# expect: KUB001 fixed

from typing import Optional

from k8s_lint.runtime import read_or_none


def lookup(api, namespace, name):
    found: Optional[object] = None
    found = read_or_none(
        api.read_namespaced_job, name=name, namespace=namespace
    )
    return found
