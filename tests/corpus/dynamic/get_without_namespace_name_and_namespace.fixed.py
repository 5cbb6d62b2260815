# proves: the dynamic client's get() without a namespace lists every namespace; a search on the name and the namespace is a lookup, narrowed on the server by a field selector (the namespace may be anything the code holds)
# expect: KUB005 fixed
from k8s_lint.runtime import name_selector
from kubernetes.dynamic import DynamicClient


def lookup(api: DynamicClient, namespace, name):
    pods = api.resources.get(api_version="v1", kind="Pod").get(
        field_selector=name_selector(name)
    )
    return next(
        (p for p in pods.items if p.metadata.name == name and p.metadata.namespace == namespace),
        None,
    )
