# proves: a list bound with an annotation is followed like any other binding
# expect: KUB001 fixed
from k8s_lint.runtime import exists
from kubernetes.client import V1JobList


def lookup(api, namespace, name):
    return exists(api.read_namespaced_job, name=name, namespace=namespace)
