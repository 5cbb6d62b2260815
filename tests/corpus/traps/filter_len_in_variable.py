# proves: len() of the matches kept as a number counts the same 0 or 1 matches after narrowing
# expect: KUB001 fixed

def lookup(batch, namespace, name):
    matches = len([j for j in batch.list_namespaced_job(namespace).items if j.metadata.name == name])
    return matches > 0
