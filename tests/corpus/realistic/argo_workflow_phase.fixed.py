# proves: an Argo launcher that finds its Workflow in the custom-object list (dict items, ["items"]) and returns its phase
# expect: KUB003 fixed
from k8s_lint.runtime import items_named
from kubernetes import client

GROUP, VERSION, PLURAL = "argoproj.io", "v1alpha1", "workflows"


def workflow_phase(custom: client.CustomObjectsApi, namespace: str, workflow: str) -> str | None:
    listing = items_named(
        custom.get_namespaced_custom_object,
        name=workflow,
        group=GROUP,
        version=VERSION,
        namespace=namespace,
        plural=PLURAL,
    )
    for wf in listing:
        if wf["metadata"]["name"] == workflow:
            return wf.get("status", {}).get("phase", "Pending")
    return None


def lookup(api, namespace, name):
    return workflow_phase(api, namespace, name)
