# proves: len() of the matches kept as a number is flagged but not guessed at
# expect: KUB001 not fixed: the number of matches is used as a number

def lookup(batch, namespace, name):
    matches = len([j for j in batch.list_namespaced_job(namespace).items if j.metadata.name == name])
    return matches > 0
