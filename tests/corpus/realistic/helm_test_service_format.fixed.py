# proves: a Helm test hook asserts the release's Service exists, its name built with "{}-{}".format(release, component)
# expect: KUB001 fixed
from k8s_lint.runtime import items_named
from kubernetes import client


def test_service_exists(
    core: client.CoreV1Api, release_namespace: str, release: str, component: str
):
    svc_name = "{}-{}".format(release, component)
    services = items_named(
        core.read_namespaced_service,
        name=svc_name,
        namespace=release_namespace,
    )
    assert any(s.metadata.name == svc_name for s in services), (
        "service {} not rendered".format(svc_name)
    )


def lookup(api, namespace, name):
    release, _, component = name.partition("-")
    return test_service_exists(api, namespace, release, component)
