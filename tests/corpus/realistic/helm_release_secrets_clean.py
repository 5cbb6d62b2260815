# proves: Helm's release Secrets (label-selected) searched for the highest revision: many objects, no lookup
# expect: clean
from kubernetes import client


def latest_revision(core: client.CoreV1Api, namespace: str, release: str) -> int:
    secrets = core.list_namespaced_secret(namespace, label_selector="app=etl").items
    revisions = [
        int(s.metadata.name.rsplit(".v", 1)[1])
        for s in secrets
        if s.metadata.name.startswith(f"sh.helm.release.v1.{release}.v")
    ]
    return max(revisions, default=0)


def lookup(api, namespace, name):
    return latest_revision(api, namespace, name)
