# proves: an existing field selector is kept and joined with the name by a comma
# expect: KUB005 fixed

from k8s_lint.runtime import name_selector


def lookup(api, namespace, name):
    pods = api.list_namespaced_pod(
        namespace, field_selector=name_selector(name, "status.phase=Running")
    )
    return [p for p in pods.items if p.metadata.name == name]
