# proves: an admin script checks a ClusterRole exists before binding it (cluster-scoped list)
# expect: KUB002 fixed
from kubernetes import client


def cluster_role_exists(rbac: client.RbacAuthorizationV1Api, role: str) -> bool:
    roles = rbac.list_cluster_role().items
    return any(r.metadata.name == role for r in roles)


def lookup(api, namespace, name):
    return cluster_role_exists(api, name)
