# proves: a list also used for something else stays (the list call is needed anyway)
# expect: KUB001 not fixed: also used on line

def lookup(batch, namespace, name):
    jobs = batch.list_namespaced_job(namespace).items
    print(len(jobs))
    return any(j.metadata.name == name for j in jobs)
