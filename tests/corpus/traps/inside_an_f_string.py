# proves: quotes and newlines can't go into an f-string on Python 3.11
# expect: KUB001 not fixed: inside an f-string

def lookup(api, namespace, name):
    return f"{[j for j in api.list_namespaced_job(namespace).items if j.metadata.name == name][0]}"
