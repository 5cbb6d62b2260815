# proves: a loop variable declared nonlocal belongs to the enclosing function, which reads it after the search
# expect: KUB001 not fixed: visible after the loop

def lookup(api, namespace, name):
    job = None

    def find():
        nonlocal job
        for job in api.list_namespaced_job(namespace).items:
            if job.metadata.name == name:
                return job
        return None

    hit = find()
    return (hit.metadata.name if hit else None), (job.metadata.name if job else None)
