# proves: an admin script checks a ClusterRole exists before binding it (cluster-scoped list)
# expect: KUB002 fixed
from k8s_lint.runtime import exists
from kubernetes import client


def cluster_role_exists(rbac: client.RbacAuthorizationV1Api, role: str) -> bool:
    return exists(rbac.read_cluster_role, name=role)


def lookup(api, namespace, name):
    return cluster_role_exists(api, name)
