# proves: a pipeline loader iterates `resp.items or []` with a guard `if cm.metadata and cm.metadata.name == name`, and its caller tests the result with a walrus
# expect: KUB001 fixed

from k8s_lint.runtime import read_or_none
from kubernetes import client


def pipeline_config(core: client.CoreV1Api, namespace: str, name: str) -> dict:
    cm = read_or_none(core.read_namespaced_config_map, name=name, namespace=namespace)
    if cm is not None and cm.metadata:
        return dict(cm.metadata.labels or {})
    return {}


def resolve(core, namespace, pipeline):
    if cfg := pipeline_config(core, namespace, pipeline):
        return sorted(cfg)
    return None


def lookup(api, namespace, name):
    return resolve(api, namespace, name)
