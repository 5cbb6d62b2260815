# proves: a Helm test hook returns the list of matching Jobs as dicts (empty or one element)
# expect: KUB001 fixed
from k8s_lint.runtime import items_named
from kubernetes import client


def hook_jobs(batch: client.BatchV1Api, namespace: str, hook: str) -> list[dict]:
    return [
        j.to_dict()
        for j in items_named(
            batch.read_namespaced_job, name=hook, namespace=namespace
        )
        if j.metadata.name == hook
    ]


def lookup(api, namespace, name):
    return hook_jobs(api, namespace, name)
