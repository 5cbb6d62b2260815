# proves: a CI gate with a for/else: break on the Ingress with the name, else report it missing; the loop variable is not used after
# expect: KUB001 fixed
import sys

from k8s_lint.runtime import items_named
from kubernetes import client


def check_ingress(net: client.NetworkingV1Api, namespace: str, ingress: str) -> int:
    for ing in items_named(
        net.read_namespaced_ingress, name=ingress, namespace=namespace
    ):
        if ing.metadata.name == ingress:
            break
    else:
        print(f"::error::ingress {ingress} missing in {namespace}", file=sys.stderr)
        return 2
    print(f"ingress {ingress} present")
    return 0


def lookup(api, namespace, name):
    return check_ingress(api, namespace, name)
