# proves: an access-review script indexes RoleBindings by name in a dict comprehension and subscripts it with [binding] (KeyError when absent)
# expect: KUB001 fixed

from kubernetes import client


def binding_labels(rbac: client.RbacAuthorizationV1Api, namespace: str, binding: str):
    by_name = {rb.metadata.name: rb for rb in rbac.list_namespaced_role_binding(namespace).items}
    rb = by_name[binding]
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
