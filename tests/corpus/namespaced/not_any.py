# proves: only the any() call is replaced; the surrounding `not` stays
# expect: KUB001 fixed

def lookup(batch, namespace, name):
    if not any(j.metadata.name == name for j in batch.list_namespaced_job(namespace).items):
        return "missing"
    return "present"
