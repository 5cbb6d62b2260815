# proves: a CI gate that checks a CRD is installed with a set of every CRD name (cluster-scoped)
# expect: KUB002 fixed
from k8s_lint.runtime import exists
from kubernetes import client


def crd_installed(ext: client.ApiextensionsV1Api, crd: str) -> bool:
    return exists(ext.read_custom_resource_definition, name=crd)


def main(ext: client.ApiextensionsV1Api, crd: str) -> int:
    if not crd_installed(ext, crd):
        print(f"CRD {crd} is not installed; run `make crds` first")
        return 1
    return 0


def lookup(api, namespace, name):
    return main(api, name)
