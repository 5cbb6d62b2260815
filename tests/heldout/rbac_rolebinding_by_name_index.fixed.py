# proves: an access-review script indexes RoleBindings by name in a dict comprehension and subscripts it with [binding] (KeyError when absent)
# expect: KUB001 fixed

from k8s_lint.runtime import read_or_raise
from kubernetes import client


def binding_labels(rbac: client.RbacAuthorizationV1Api, namespace: str, binding: str):
    rb = read_or_raise(
        KeyError(binding), rbac.read_namespaced_role_binding, name=binding, namespace=namespace
    )
    return sorted((rb.metadata.labels or {}).items())


def review(rbac, namespace, bindings):
    report = {}
    for binding in bindings:
        try:
            report[binding] = binding_labels(rbac, namespace, binding)
        except KeyError:
            report[binding] = "missing"
    return report


def lookup(api, namespace, name):
    return review(api, namespace, [name]), binding_labels(api, namespace, name)
