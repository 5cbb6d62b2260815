# proves: the dynamic client for an Argo Workflow CRD, the matches counted with len(...) == 1
# expect: KUB006 fixed
# known-miss: narrowed with a field selector (KUB005 fixed, safe) instead of a read: the namespace is not a literal, and a read could differ where it is None or empty
from kubernetes.dynamic import DynamicClient


def workflow_submitted(dyn: DynamicClient, namespace: str, workflow: str) -> bool:
    workflows = dyn.resources.get(api_version="argoproj.io/v1alpha1", kind="Workflow")
    listing = workflows.get(namespace=namespace)
    matches = [w for w in listing.items if w.metadata.name == workflow]
    return len(matches) == 1


def lookup(api, namespace, name):
    return workflow_submitted(api, namespace, name)
