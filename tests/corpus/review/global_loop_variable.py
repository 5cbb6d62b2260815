# proves: a loop variable declared global is a module attribute: after the loop, other code reads the last Job (or the match) from it
# expect: KUB001 not fixed: visible after the loop

last_job = None


def find_job(batch, namespace, name):
    global last_job
    for last_job in batch.list_namespaced_job(namespace).items:
        if last_job.metadata.name == name:
            return last_job
    return None


def lookup(api, namespace, name):
    hit = find_job(api, namespace, name)
    return (hit.metadata.name if hit else None), (last_job.metadata.name if last_job else None)
