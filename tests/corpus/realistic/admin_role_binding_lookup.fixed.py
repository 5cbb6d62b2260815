# proves: an RBAC audit script reads one RoleBinding by listing the namespace's bindings
# expect: KUB001 fixed
from k8s_lint.runtime import read_or_none
from kubernetes import client


def binding(rbac: client.RbacAuthorizationV1Api, namespace: str, binding_name: str):
    return read_or_none(
        rbac.read_namespaced_role_binding,
        name=binding_name,
        namespace=namespace,
    )


def audit(rbac, namespace, binding_name):
    rb = binding(rbac, namespace, binding_name)
    return "missing" if rb is None else f"ok: {rb.metadata.name}"


def lookup(api, namespace, name):
    return audit(api, namespace, name)
