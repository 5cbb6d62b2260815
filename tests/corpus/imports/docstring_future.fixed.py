# proves: under the module docstring and a `from __future__` import, the helper import gets a section of its own after them
# expect: KUB001 fixed

"""Job lookups for the nightly ETL."""

from __future__ import annotations

from k8s_lint.runtime import exists


def lookup(api, namespace: str, name: str) -> bool:
    return exists(api.read_namespaced_job, name=name, namespace=namespace)
