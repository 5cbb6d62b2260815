# proves: a kopf timer handler that skips tenants whose namespace is gone, asking the cluster-scoped Namespace list
# expect: KUB002 fixed
import logging

from k8s_lint.runtime import exists
from kubernetes import client


def namespace_exists(core: client.CoreV1Api, namespace: str) -> bool:
    return exists(core.read_namespace, name=namespace)


def check_tenant(spec, name, logger, core: client.CoreV1Api, **_):
    target = spec["targetNamespace"]
    if not namespace_exists(core, target):
        logger.warning("tenant %s: namespace %s is gone", name, target)
        return {"ready": False}
    return {"ready": True}


def lookup(api, namespace, name):
    return check_tenant({"targetNamespace": name}, "t1", logging.getLogger("kopf"), core=api)
