# proves: a pipeline loader iterates `resp.items or []` with a guard `if cm.metadata and cm.metadata.name == name`, and its caller tests the result with a walrus
# expect: KUB001 fixed

from kubernetes import client


def pipeline_config(core: client.CoreV1Api, namespace: str, name: str) -> dict:
    resp = core.list_namespaced_config_map(namespace)
    for cm in resp.items or []:
        if cm.metadata and cm.metadata.name == name:
            return dict(cm.metadata.labels or {})
    return {}


def resolve(core, namespace, pipeline):
    if cfg := pipeline_config(core, namespace, pipeline):
        return sorted(cfg)
    return None


def lookup(api, namespace, name):
    return resolve(api, namespace, name)
