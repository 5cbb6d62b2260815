# proves: the loop variable read after the loop is kept where the loop's else never falls through
# expect: KUB001 fixed
def lookup(api, namespace, name):
    for job in api.list_namespaced_job(namespace).items:
        if job.metadata.name == name:
            break
    else:
        return None
    return job.metadata.labels
