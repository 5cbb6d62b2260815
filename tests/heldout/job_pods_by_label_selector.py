# proves: the pods of a Job are listed with label_selector=f"job-name={job}" and the first item is taken: the name goes into a label, no object is looked up by its own name
# expect: clean

from kubernetes import client


def job_pod_name(core: client.CoreV1Api, namespace: str, job: str) -> str | None:
    pods = core.list_namespaced_pod(namespace, label_selector=f"job-name={job}")
    if not pods.items:
        return None
    return pods.items[0].metadata.name


def app_pods(core, namespace, app):
    pods = core.list_namespaced_pod(namespace, label_selector=f"app={app}").items
    return [p.metadata.name for p in pods if (p.metadata.labels or {}).get("app") == app]


def lookup(api, namespace, name):
    return job_pod_name(api, namespace, name), app_pods(api, namespace, "etl")
