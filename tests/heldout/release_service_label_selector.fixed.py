# proves: a Helm-release helper lists Services with label_selector=f"app={component}" and searches them for the release's name: the labels still filter, so narrow the list by name instead of reading
# expect: KUB001 fixed

from k8s_lint.runtime import name_selector
from kubernetes import client


def release_service(core: client.CoreV1Api, namespace: str, release: str, component: str):
    wanted = release
    svcs = core.list_namespaced_service(
        namespace, label_selector=f"app={component}", field_selector=name_selector(wanted)
    )
    for svc in svcs.items:
        if svc.metadata.name == wanted:
            return svc
    return None


def endpoint(core, namespace, release, component="etl"):
    svc = release_service(core, namespace, release, component)
    return None if svc is None else f"{svc.metadata.name}.{namespace}.svc.cluster.local"


def lookup(api, namespace, name):
    return endpoint(api, namespace, name), release_service(api, namespace, name, "etl")
