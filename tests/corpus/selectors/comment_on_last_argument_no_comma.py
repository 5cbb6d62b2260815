# proves: without a trailing comma, the comma goes before the comment and the name's selector on a line of its own after it
# expect: KUB005 fixed
def lookup(api, namespace, name):
    pods = api.list_namespaced_pod(namespace,
                                   label_selector="app=etl"  # the ETL pods only
                                   ).items
    return [p.metadata.labels for p in pods if p.metadata.name == name]
