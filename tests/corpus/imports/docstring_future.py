# proves: under the module docstring and a `from __future__` import, the helper import gets a section of its own after them
# expect: KUB001 fixed

"""Job lookups for the nightly ETL."""

from __future__ import annotations


def lookup(api, namespace: str, name: str) -> bool:
    return any(j.metadata.name == name for j in api.list_namespaced_job(namespace).items)
