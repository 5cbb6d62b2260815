# proves: trap: the PVC list answers "does mine exist" AND is counted against the per-namespace quota: the list stays, and the reason names the reuse
# expect: KUB001 not fixed: the persistentvolumeclaim list is also used on line
from kubernetes import client


class QuotaExceeded(RuntimeError):
    pass


def ensure_volume(core: client.CoreV1Api, namespace: str, pvc_name: str, max_claims: int = 3):
    claims = core.list_namespaced_persistent_volume_claim(namespace).items
    if any(c.metadata.name == pvc_name for c in claims):
        return "exists"
    if len(claims) >= max_claims:
        raise QuotaExceeded(f"{namespace} already has {len(claims)} claims")
    return "create"


def lookup(api, namespace, name):
    return ensure_volume(api, namespace, name)
