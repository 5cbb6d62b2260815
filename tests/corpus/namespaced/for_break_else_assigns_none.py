# proves: for/break over the list with `else: item = None` leaves the match (or None) in the loop variable, which the code then uses: it becomes `item = read_or_none(...)`
# expect: KUB001 fixed

def lookup(batch, namespace, name):
    for cj in batch.list_namespaced_cron_job(namespace=namespace).items:
        if cj.metadata.name == name:
            break
    else:
        cj = None
    if cj is None:
        return "absent"
    return cj
