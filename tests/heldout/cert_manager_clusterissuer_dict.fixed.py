# proves: a cluster-scoped custom object (cert-manager ClusterIssuer) found through a dict comprehension over list_cluster_custom_object()["items"], then `in` and [name]
# expect: KUB001 fixed

from k8s_lint.runtime import read_or_none
from kubernetes import client

GROUP, VERSION, PLURAL = "cert-manager.io", "v1", "clusterissuers"


def issuer_ready(custom: client.CustomObjectsApi, issuer_name: str) -> tuple[bool, str]:
    # ClusterIssuers are cluster-scoped: get_cluster_custom_object reads one by name.
    issuer = read_or_none(custom.get_cluster_custom_object, GROUP, VERSION, PLURAL, name=issuer_name)
    if issuer is None:
        return False, f"ClusterIssuer {issuer_name} not found"
    conditions = issuer.get("status", {}).get("conditions", [])
    ready = any(c.get("type") == "Ready" and c.get("status") == "True" for c in conditions)
    return ready, "ready" if ready else "not ready yet"


def lookup(api, namespace, name):
    return issuer_ready(api, name)
