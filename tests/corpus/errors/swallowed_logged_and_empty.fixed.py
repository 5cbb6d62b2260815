# proves: a handler that logs the list's error and answers None swallows it: the fix narrows the list with a field selector rather than reading
# expect: KUB005 fixed
import logging

from k8s_lint.runtime import name_selector
from kubernetes import client

log = logging.getLogger(__name__)


def find_config_map(core: client.CoreV1Api, namespace: str, name: str):
    try:
        maps = core.list_namespaced_config_map(
            namespace, field_selector=name_selector(name)
        ).items
    except client.ApiException as error:
        log.warning("cannot list config maps in %s: %s", namespace, error.reason)
        return None
    return next((m for m in maps if m.metadata.name == name), None)


def lookup(api, namespace, name):
    return find_config_map(api, namespace, name)
