# proves: an e2e test whose list of names is also printed in the failure message and logged: the names of every Pod are observed
# expect: clean
import logging

from kubernetes import client

log = logging.getLogger(__name__)


def test_worker_pod_listed(core: client.CoreV1Api, namespace: str, pod_name: str) -> list[str]:
    names = [p.metadata.name for p in core.list_namespaced_pod(namespace).items]
    log.info("pods in %s: %s", namespace, ", ".join(sorted(names)))
    assert pod_name in names, f"{pod_name} not among {sorted(names)}"
    return names


def lookup(api, namespace, name):
    return test_worker_pod_listed(api, namespace, name)
