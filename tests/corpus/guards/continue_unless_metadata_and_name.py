# proves: `if not j.metadata or j.metadata.name != name: continue` skips every other item and nothing a cluster sends: the loop is narrowed and stays
# expect: KUB001 fixed

def lookup(api, namespace, name):
    for job in api.list_namespaced_job(namespace).items:
        if not job.metadata or job.metadata.name != name:
            continue
        if job.status.succeeded:
            return "done"
        return "running"
    return "missing"
