# proves: a cluster-scoped Argo ClusterWorkflowTemplate looked up in list_cluster_custom_object by name before a submit
# expect: KUB003 fixed
# known-miss: narrows the list with a field selector (KUB005 fixed) instead of a get: list_cluster_custom_object's scope is not known from the code
from k8s_lint.runtime import exists
from kubernetes import client


def template_exists(custom: client.CustomObjectsApi, template: str) -> bool:
    return exists(
        custom.get_cluster_custom_object,
        name=template,
        group="argoproj.io",
        version="v1alpha1",
        plural="clusterworkflowtemplates",
    )


def submit(custom: client.CustomObjectsApi, template: str) -> str:
    if not template_exists(custom, template):
        raise LookupError(f"ClusterWorkflowTemplate {template} not installed")
    return f"submitted from {template}"


def lookup(api, namespace, name):
    return submit(api, name)
