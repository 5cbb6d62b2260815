# proves: a local copy of the name read after the loop holds the last item's name, which the narrowed list would change: no lookup to rewrite
# expect: clean

def lookup(api, namespace, name):
    current = None
    for job in api.list_namespaced_job(namespace).items:
        current = job.metadata.name
        if current == name:
            break
    return current
