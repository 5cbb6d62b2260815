# proves: an Argo client helper searches list_namespaced_custom_object()["items"] (dicts) by wf["metadata"]["name"] and returns the phase, raising its own error when absent
# expect: KUB001 fixed

from k8s_lint.runtime import read_or_raise
from kubernetes import client

ARGO = {"group": "argoproj.io", "version": "v1alpha1", "plural": "workflows"}


class WorkflowNotFound(LookupError):
    pass


def workflow_phase(custom: client.CustomObjectsApi, namespace: str, workflow: str) -> str:
    wf = read_or_raise(
        WorkflowNotFound(f"workflow {namespace}/{workflow} not found"),
        custom.get_namespaced_custom_object,
        namespace=namespace,
        name=workflow,
        **ARGO,
    )
    return wf.get("status", {}).get("phase", "Pending")


def is_finished(custom, namespace, workflow):
    return workflow_phase(custom, namespace, workflow) in ("Succeeded", "Failed", "Error")


def lookup(api, namespace, name):
    return workflow_phase(api, namespace, name), is_finished(api, namespace, name)
