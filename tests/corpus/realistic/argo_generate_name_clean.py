# proves: workflows submitted with generateName are found by their generated prefix: several objects can match, no read can replace it
# expect: clean
from kubernetes import client


def runs_of(custom: client.CustomObjectsApi, namespace: str, generate_name: str) -> list[str]:
    wfs = custom.list_namespaced_custom_object("argoproj.io", "v1alpha1", namespace, "workflows")
    return sorted(
        wf["metadata"]["name"]
        for wf in wfs["items"]
        if wf["metadata"].get("generateName") == generate_name
        or wf["metadata"]["name"].startswith(generate_name)
    )


def lookup(api, namespace, name):
    return runs_of(api, namespace, "etl-")
