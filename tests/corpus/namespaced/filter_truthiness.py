# proves: a filtered comprehension used as an if-test becomes exists()
# expect: KUB001 fixed

def lookup(batch, namespace, name):
    if [j for j in batch.list_namespaced_job(namespace).items if j.metadata.name == name]:
        return "present"
    return "missing"
