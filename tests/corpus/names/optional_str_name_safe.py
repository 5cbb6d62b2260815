# proves: a name declared Optional[str] (or str | None) is a string where it can match: the fix stays safe
# expect: KUB001 fixed
from typing import Optional


def pod_exists(api, namespace: str, name: Optional[str]) -> bool:
    return any(p.metadata.name == name for p in api.list_namespaced_pod(namespace).items)


def lookup(api, namespace, name):
    return pod_exists(api, namespace, name)
