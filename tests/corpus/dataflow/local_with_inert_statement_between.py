# proves: an assignment without calls between the list and the search does not block the move
# expect: KUB001 fixed

def lookup(batch, namespace, name):
    jobs = batch.list_namespaced_job(namespace).items
    wanted = name
    return next((j for j in jobs if j.metadata.name == wanted), None)
