# proves: an Argo client helper searches list_namespaced_custom_object()["items"] (dicts) by wf["metadata"]["name"] and returns the phase, raising its own error when absent
# expect: KUB001 fixed

from kubernetes import client

ARGO = {"group": "argoproj.io", "version": "v1alpha1", "plural": "workflows"}


class WorkflowNotFound(LookupError):
    pass


def workflow_phase(custom: client.CustomObjectsApi, namespace: str, workflow: str) -> str:
    wfs = custom.list_namespaced_custom_object(namespace=namespace, **ARGO)
    for wf in wfs["items"]:
        if wf["metadata"]["name"] == workflow:
            return wf.get("status", {}).get("phase", "Pending")
    raise WorkflowNotFound(f"workflow {namespace}/{workflow} not found")


def is_finished(custom, namespace, workflow):
    return workflow_phase(custom, namespace, workflow) in ("Succeeded", "Failed", "Error")


def lookup(api, namespace, name):
    return workflow_phase(api, namespace, name), is_finished(api, namespace, name)
