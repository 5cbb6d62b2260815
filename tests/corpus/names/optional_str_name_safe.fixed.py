# proves: a name declared Optional[str] (or str | None) is a string where it can match: the fix stays safe
# expect: KUB001 fixed
from typing import Optional

from k8s_lint.runtime import exists


def pod_exists(api, namespace: str, name: Optional[str]) -> bool:
    return exists(api.read_namespaced_pod, name=name, namespace=namespace)


def lookup(api, namespace, name):
    return pod_exists(api, namespace, name)
