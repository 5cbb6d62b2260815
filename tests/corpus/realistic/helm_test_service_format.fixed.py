# proves: a Helm test hook asserts the release's Service exists, its name built with "{}-{}".format(release, component)
# expect: KUB001 fixed
from k8s_lint.runtime import exists
from kubernetes import client


def test_service_exists(
    core: client.CoreV1Api, release_namespace: str, release: str, component: str
):
    svc_name = "{}-{}".format(release, component)
    assert exists(
        core.read_namespaced_service,
        name=svc_name,
        namespace=release_namespace,
    ), (
        "service {} not rendered".format(svc_name)
    )


def lookup(api, namespace, name):
    release, _, component = name.partition("-")
    return test_service_exists(api, namespace, release, component)
