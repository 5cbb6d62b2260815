# proves: the list sits in a try that only re-raises, the name is derived after it (`wanted = f"{name}-retry"`): the list can't move into the search, so it is narrowed where it stands with the value the name will have (an f-string of the parameter, which nothing rebinds before it)
# expect: KUB001 fixed

def lookup(batch, namespace, name):
    try:
        jobs = batch.list_namespaced_job(namespace).items
    except Exception:
        raise
    wanted = f"{name}-retry"
    return next((j for j in jobs if j.metadata.name == wanted), None)
