# proves: an ML serving SDK treats a 404 from the custom-object list as "CRD not installed" and then searches the items with .get("metadata", {}).get("name"): the read must keep the two 404s apart
# expect: KUB001 fixed

from kubernetes.client.rest import ApiException

SELDON = ("machinelearning.seldon.io", "v1", "seldondeployments")


def deployment_state(custom, namespace: str, name: str) -> str:
    group, version, plural = SELDON
    try:
        listing = custom.list_namespaced_custom_object(group, version, namespace, plural)
    except ApiException as e:
        if e.status == 404:
            return "seldon-not-installed"
        raise
    for sdep in listing.get("items", []):
        if sdep.get("metadata", {}).get("name") == name:
            return sdep.get("status", {}).get("state", "Creating")
    return "absent"


def lookup(api, namespace, name):
    return deployment_state(api, namespace, name)
