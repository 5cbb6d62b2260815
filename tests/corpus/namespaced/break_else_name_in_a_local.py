# proves: for/break/else where the loop first copies the item's name into a local and tests that: the local reads the name, so the loop is the same lookup
# expect: KUB001 fixed

def lookup(batch, namespace, name):
    for cj in batch.list_namespaced_cron_job(namespace=namespace).items:
        current = cj.metadata.name
        if current == name:
            break
    else:
        cj = None
    if cj is None:
        return "absent"
    return cj
