# proves: a comment ending the list call's last argument line keeps describing that argument: the name's selector goes on a line of its own after it
# expect: KUB005 fixed
from k8s_lint.runtime import name_selector


def lookup(api, namespace, name):
    pods = api.list_namespaced_pod(
        namespace,
        label_selector="app=etl",
        _request_timeout=30,  # a slow API server
        field_selector=name_selector(name),
    ).items
    return [p.metadata.labels for p in pods if p.metadata.name == name]
