# proves: the loop variable read after a loop that may fall through holds the last item, not the match: not fixed
# expect: KUB001 not fixed: the loop variable is used after the loop
def lookup(api, namespace, name):
    found = False
    for job in api.list_namespaced_job(namespace).items:
        if job.metadata.name == name:
            found = True
    return found, job.metadata.name
