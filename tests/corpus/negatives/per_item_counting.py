# proves: a loop that counts every item does real work per item: not a lookup
# expect: clean

def lookup(api, namespace, name):
    seen = 0
    for job in api.list_namespaced_job(namespace).items:
        seen += 1
        if job.metadata.name == name:
            return seen
    return -1
