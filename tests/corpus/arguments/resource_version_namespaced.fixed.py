# proves: resource_version="0" lets the server answer from its cache; a read has no such list argument, the list narrowed by a field selector keeps it
# expect: KUB005 fixed: resource_version asks for a possibly cached version

from k8s_lint.runtime import name_selector


def lookup(api, namespace, name):
    pods = api.list_namespaced_pod(
        namespace, resource_version="0", field_selector=name_selector(name)
    )
    for pod in pods.items:
        if pod.metadata.name == name:
            return pod.status
    return None
