# proves: an RBAC audit script reads one RoleBinding by listing the namespace's bindings
# expect: KUB001 fixed
from kubernetes import client


def binding(rbac: client.RbacAuthorizationV1Api, namespace: str, binding_name: str):
    bindings = rbac.list_namespaced_role_binding(namespace)
    for rb in bindings.items:
        if rb.metadata.name == binding_name:
            return rb
    return None


def audit(rbac, namespace, binding_name):
    rb = binding(rbac, namespace, binding_name)
    return "missing" if rb is None else f"ok: {rb.metadata.name}"


def lookup(api, namespace, name):
    return audit(api, namespace, name)
