# proves: a kopf timer handler that skips tenants whose namespace is gone, asking the cluster-scoped Namespace list
# expect: KUB002 fixed
import logging

from kubernetes import client


def namespace_exists(core: client.CoreV1Api, namespace: str) -> bool:
    return any(ns.metadata.name == namespace for ns in core.list_namespace().items)


def check_tenant(spec, name, logger, core: client.CoreV1Api, **_):
    target = spec["targetNamespace"]
    if not namespace_exists(core, target):
        logger.warning("tenant %s: namespace %s is gone", name, target)
        return {"ready": False}
    return {"ready": True}


def lookup(api, namespace, name):
    return check_tenant({"targetNamespace": name}, "t1", logging.getLogger("kopf"), core=api)
