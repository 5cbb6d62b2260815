# proves: a Helm e2e test that checks every Pod of a release by its name prefix: a prefix match finds many objects, no read replaces it
# expect: clean
from kubernetes import client


def test_release_pods_exist(core: client.CoreV1Api, namespace: str, release: str) -> int:
    pods = core.list_namespaced_pod(namespace).items
    ours = [p for p in pods if p.metadata.name.startswith(f"{release}-")]
    assert ours, f"no pods for release {release}"
    return len(ours)


def lookup(api, namespace, name):
    return test_release_pods_exist(api, namespace, name.split("-")[0])
