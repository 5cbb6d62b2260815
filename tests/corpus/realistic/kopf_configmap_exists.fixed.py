# proves: a kopf create handler (registered with @kopf.on.create in the operator's main) that checks for its ConfigMap with a list of matches used only for truth
# expect: KUB001 fixed
import logging

from k8s_lint.runtime import exists
from kubernetes import client


def on_create(spec, name, namespace, logger, core: client.CoreV1Api, **_):
    config_name = f"{name}-{spec.get('suffix', 'config')}"
    if exists(
        core.read_namespaced_config_map, name=config_name, namespace=namespace
    ):
        logger.info("configmap %s already there", config_name)
        return {"configmap": "exists"}
    return {"configmap": "missing", "replicas": spec.get("replicas", 1)}


def lookup(api, namespace, name):
    logger = logging.getLogger("kopf")
    base, _, suffix = name.partition("-")
    return on_create({"replicas": 2, "suffix": suffix}, base, namespace, logger, core=api)
