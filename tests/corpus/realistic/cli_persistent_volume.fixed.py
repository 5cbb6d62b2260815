# proves: a CLI prints the labels of one PersistentVolume found in the cluster-scoped list, a dict keyed by name read with that name
# expect: KUB002 fixed
from k8s_lint.runtime import items_named
from kubernetes import client


def pv_labels(core: client.CoreV1Api, pv_name: str):
    volumes = {
        pv.metadata.name: pv
        for pv in items_named(core.read_persistent_volume, name=pv_name)
    }
    if pv_name not in volumes:
        return None
    return volumes[pv_name].metadata.labels


def lookup(api, namespace, name):
    return pv_labels(api, name)
