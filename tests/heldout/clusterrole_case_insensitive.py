# proves: ClusterRole names may hold capitals (they are path segments, not DNS names) and this audit compares them with .lower() on both sides: "Admin" and "admin" both match
# expect: clean

from kubernetes import client


def find_cluster_role(rbac: client.RbacAuthorizationV1Api, role_name: str) -> str | None:
    wanted = role_name.lower()
    for role in rbac.list_cluster_role().items:
        if role.metadata.name.lower() == wanted:
            return role.metadata.name
    return None


def lookup(api, namespace, name):
    return find_cluster_role(api, name.upper())
