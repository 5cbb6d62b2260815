# proves: the loop variable after the loop holds the last item: a fix would change it
# expect: KUB001 not fixed: the loop variable is used after the loop

def lookup(api, namespace, name):
    found = False
    for job in api.list_namespaced_job(namespace).items:
        if job.metadata.name == name:
            found = True
            break
    return found, job
