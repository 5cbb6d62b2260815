# proves: an installer preflight collects every CRD's name from ApiextensionsV1Api.list_custom_resource_definition() and tests membership, once per required CRD
# expect: KUB001 fixed

from k8s_lint.runtime import exists
from kubernetes import client

REQUIRED_CRDS = (
    "certificates.cert-manager.io",
    "issuers.cert-manager.io",
    "servicemonitors.monitoring.coreos.com",
)


def crd_installed(ext: client.ApiextensionsV1Api, crd_name: str) -> bool:
    return exists(ext.read_custom_resource_definition, name=crd_name)


def preflight(ext, required=REQUIRED_CRDS):
    missing = [name for name in required if not crd_installed(ext, name)]
    if missing:
        return "missing CRDs: " + ", ".join(missing)
    return "ok"


def lookup(api, namespace, name):
    return preflight(api, (name, "issuers.cert-manager.io"))
