# proves: among the kubernetes imports the helper import sorts by module name (k8s_lint before kubernetes), in the same section
# expect: KUB001 fixed

from k8s_lint.runtime import items_named
from kubernetes import client
from kubernetes.client.rest import ApiException


def lookup(api: client.BatchV1Api, namespace: str, name: str) -> client.V1Job | None:
    try:
        jobs = items_named(
            api.read_namespaced_job, name=name, namespace=namespace
        )
    except ApiException as error:
        raise RuntimeError(f"cannot look up {name}") from error
    return next((j for j in jobs if j.metadata.name == name), None)
