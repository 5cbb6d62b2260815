"""Handlers of a kopf-style operator: a Pipeline needs its ConfigMap."""

from kubernetes import client


def on_create(spec, name, namespace, **_):
    core = client.CoreV1Api()
    wanted = spec["configMap"]
    config = None
    for item in core.list_namespaced_config_map(namespace).items:
        if item.metadata.name == wanted:
            config = item
            break
    if config is None:
        raise LookupError(f"{name}: no ConfigMap {wanted}")
    return {"config": config.data}
