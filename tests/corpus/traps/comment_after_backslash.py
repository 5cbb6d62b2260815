# proves: a comment moves above the statement, not onto a backslash continuation
# expect: KUB001 fixed

def lookup(api, namespace, name):
    found = \
        any(j.metadata.name == name  # match by name
            for j in api.list_namespaced_job(namespace).items)
    return found
