# proves: a label-selected list searched by a loop that returns a field keeps the list and gains the name selector
# expect: KUB005 fixed
from k8s_lint.runtime import name_selector


def lookup(api, namespace, name):
    for pod in api.list_namespaced_pod(
        namespace, label_selector="app=etl", field_selector=name_selector(name)
    ).items:
        if pod.metadata.name == name:
            return pod.metadata.labels
    return None
