# proves: counting the ConfigMaps with one name across all namespaces with sum(1 for ...) : the count only looks at that name, so a name field selector gives the same count
# expect: KUB001 fixed

import logging

from kubernetes import client

log = logging.getLogger("config-audit")


def copies_of(core: client.CoreV1Api, name: str) -> int:
    copies = sum(
        1 for cm in core.list_config_map_for_all_namespaces().items if cm.metadata.name == name
    )
    if copies > 1:
        log.warning("ConfigMap %s is copied into %d namespaces", name, copies)
    return copies


def lookup(api, namespace, name):
    return copies_of(api, name)
