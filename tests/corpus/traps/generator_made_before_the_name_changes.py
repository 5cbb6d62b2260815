# proves: the list sits in a try that re-raises; a generator made before the name is bound again is consumed after it, so its test reads the new name: no one value of the name holds at every test, and the list is not narrowed
# expect: KUB001 not fixed: the name is assigned between the list call and the search

def lookup(batch, namespace, name):
    wanted = name
    try:
        jobs = batch.list_namespaced_job(namespace).items
    except Exception:
        raise
    matches = (j for j in jobs if j.metadata.name == wanted)
    wanted = f"{name}-retry"
    return next(matches, None)
