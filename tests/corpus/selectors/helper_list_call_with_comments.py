# proves: comments among the list call's arguments in a helper stay in the helper: the call is inlined without them and the search narrowed
# expect: KUB005 fixed

def _etl_pods(api, namespace):
    return api.list_namespaced_pod(
        namespace,
        label_selector="app=etl",  # only the ETL pods
        _request_timeout=30,  # a slow API server
    )


def lookup(api, namespace, name):
    pods = _etl_pods(api, namespace).items
    return [p.metadata.labels for p in pods if p.metadata.name == name]
