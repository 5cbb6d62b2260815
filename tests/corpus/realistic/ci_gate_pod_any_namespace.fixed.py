# proves: a CI smoke check that looks for a Pod by name in any namespace (all-namespaces list, name only): the list stays, narrowed by field selector
# expect: KUB005 fixed
from k8s_lint.runtime import name_selector
from kubernetes import client


def where_is(core: client.CoreV1Api, pod_name: str) -> list[str]:
    pods = core.list_pod_for_all_namespaces(
        field_selector=name_selector(pod_name)
    )
    return [p.metadata.namespace for p in pods.items if p.metadata.name == pod_name]


def lookup(api, namespace, name):
    return where_is(api, name)
