# proves: a flag loop whose flag is also the name compared cannot become one assignment
# expect: KUB001 not fixed: the name is assigned between the list call and the search

def lookup(api, namespace, name):
    job = name
    for j in api.list_namespaced_job(namespace).items:
        if j.metadata.name == job:
            job = j
            break
    return job
