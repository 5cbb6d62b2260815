# proves: without a trailing comma, the comma goes before the comment and the name's selector on a line of its own after it
# expect: KUB005 fixed
from k8s_lint.runtime import name_selector


def lookup(api, namespace, name):
    pods = api.list_namespaced_pod(
        namespace,
        label_selector="app=etl",  # the ETL pods only
        field_selector=name_selector(name),
    ).items
    return [p.metadata.labels for p in pods if p.metadata.name == name]
