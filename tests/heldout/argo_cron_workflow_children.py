# proves: the Workflows a CronWorkflow spawned are found by the label workflows.argoproj.io/cron-workflow on custom-object dicts: the name is a label value, many objects match
# expect: clean

from kubernetes import client

CRON_LABEL = "workflows.argoproj.io/cron-workflow"


def children_of(custom: client.CustomObjectsApi, namespace: str, cron_name: str) -> list[str]:
    wfs = custom.list_namespaced_custom_object("argoproj.io", "v1alpha1", namespace, "workflows")
    return [
        wf["metadata"]["name"]
        for wf in wfs.get("items", [])
        if wf["metadata"].get("labels", {}).get(CRON_LABEL) == cron_name
    ]


def lookup(api, namespace, name):
    return children_of(api, namespace, name)
