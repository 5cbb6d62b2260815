# proves: a pragma after the rewritten code stays on its line, which still holds the statement it applies to
# expect: KUB001 fixed

def lookup(api, namespace, name):
    found = any(j.metadata.name == name for j in api.list_namespaced_job(namespace).items)  # noqa: E501
    return found
