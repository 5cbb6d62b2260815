# proves: a gate lists with resource_version="0" (served from the watch cache) and searches by name: a read cannot keep that consistency choice, the same list narrowed by a field selector does
# expect: KUB005 fixed
from k8s_lint.runtime import name_selector
from kubernetes import client


def cached_pod_exists(core: client.CoreV1Api, namespace: str, pod_name: str) -> bool:
    pods = core.list_namespaced_pod(
        namespace, resource_version="0", field_selector=name_selector(pod_name)
    )
    return any(p.metadata.name == pod_name for p in pods.items)


def lookup(api, namespace, name):
    return cached_pod_exists(api, namespace, name)
