# proves: if the name differs, continue; then return True: the same lookup, spelt backwards
# expect: KUB001 fixed

def lookup(api, namespace, name):
    for job in api.list_namespaced_job(namespace).items:
        if job.metadata.name != name:
            continue
        return True
    return False
