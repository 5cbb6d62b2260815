# proves: a kopf create handler (registered with @kopf.on.create in the operator's main) that checks for its ConfigMap with a list of matches used only for truth
# expect: KUB001 fixed
import logging

from kubernetes import client


def on_create(spec, name, namespace, logger, core: client.CoreV1Api, **_):
    config_name = f"{name}-{spec.get('suffix', 'config')}"
    existing = [
        cm
        for cm in core.list_namespaced_config_map(namespace).items
        if cm.metadata.name == config_name
    ]
    if existing:
        logger.info("configmap %s already there", config_name)
        return {"configmap": "exists"}
    return {"configmap": "missing", "replicas": spec.get("replicas", 1)}


def lookup(api, namespace, name):
    logger = logging.getLogger("kopf")
    base, _, suffix = name.partition("-")
    return on_create({"replicas": 2, "suffix": suffix}, base, namespace, logger, core=api)
