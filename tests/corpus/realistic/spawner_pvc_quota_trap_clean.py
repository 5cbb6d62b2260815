# proves: trap: the PVC list answers "does mine exist" AND is counted against the per-namespace quota, so the list must stay
# expect: clean
# known-miss: false positive: flagged (not fixed) though the list is also counted against the quota
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
