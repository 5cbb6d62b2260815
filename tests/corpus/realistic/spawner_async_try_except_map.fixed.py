# proves: the awaited list call sits in a `try` whose `except` logs and maps the API error; the search follows
# expect: KUB001 fixed
import logging

from k8s_lint.runtime import aitems_named
from kubernetes.client.exceptions import ApiException
from kubernetes_asyncio import client

log = logging.getLogger("spawner")


class SpawnError(RuntimeError):
    pass


async def existing_service(core: client.CoreV1Api, namespace: str, service_name: str):
    try:
        services = await aitems_named(
            core.read_namespaced_service,
            name=service_name,
            namespace=namespace,
        )
    except ApiException as e:
        log.error("could not list services in %s: %s", namespace, e.reason)
        raise SpawnError(f"listing services failed ({e.status})") from e
    for svc in services:
        if svc.metadata.name == service_name:
            return svc
    return None


async def lookup(api, namespace, name):
    return await existing_service(api, namespace, name)
