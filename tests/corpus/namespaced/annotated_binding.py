# proves: a list bound with an annotation is followed like any other binding
# expect: KUB001 fixed
from kubernetes.client import V1JobList


def lookup(api, namespace, name):
    jobs: V1JobList = api.list_namespaced_job(namespace)
    return any(j.metadata.name == name for j in jobs.items)
