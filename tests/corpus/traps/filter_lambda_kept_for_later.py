# proves: a filter() whose lambda is kept in a local and consumed later runs where it is consumed, after the name is rebound: not narrowed with the name of the list call
# expect: KUB001 not fixed: the search runs before the list call or in another block

def lookup(batch, namespace, name):
    jobs = batch.list_namespaced_job(namespace=namespace).items
    pending = filter(lambda j: j.metadata.name == name, jobs)
    name = name.upper()
    matches = list(pending)
    return matches[0] if matches else None
