# proves: an Argo launcher that finds its Workflow in the custom-object list (dict items, ["items"]) and returns its phase
# expect: KUB003 fixed
from kubernetes import client

GROUP, VERSION, PLURAL = "argoproj.io", "v1alpha1", "workflows"


def workflow_phase(custom: client.CustomObjectsApi, namespace: str, workflow: str) -> str | None:
    listing = custom.list_namespaced_custom_object(GROUP, VERSION, namespace, PLURAL)
    for wf in listing["items"]:
        if wf["metadata"]["name"] == workflow:
            return wf.get("status", {}).get("phase", "Pending")
    return None


def lookup(api, namespace, name):
    return workflow_phase(api, namespace, name)
