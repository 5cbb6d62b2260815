# proves: an ML serving SDK treats a 404 from the custom-object list as "CRD not installed" and then searches the items with .get("metadata", {}).get("name"): the read must keep the two 404s apart
# expect: KUB001 fixed

from k8s_lint.runtime import read_or_none
from kubernetes.client.rest import ApiException

SELDON = ("machinelearning.seldon.io", "v1", "seldondeployments")


def deployment_state(custom, namespace: str, name: str) -> str:
    group, version, plural = SELDON
    try:
        # read_or_none answers None for the object's own NotFound; the
        # "404 page not found" of an uninstalled CRD still raises.
        sdep = read_or_none(
            custom.get_namespaced_custom_object, group, version, namespace, plural, name=name
        )
    except ApiException as e:
        if e.status == 404:
            return "seldon-not-installed"
        raise
    if sdep is None:
        return "absent"
    return sdep.get("status", {}).get("state", "Creating")


def lookup(api, namespace, name):
    return deployment_state(api, namespace, name)
