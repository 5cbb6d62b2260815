# proves: [...][0] keeps raising IndexError when the job is absent
# expect: KUB001 fixed

def lookup(batch, namespace, name):
    return [j for j in batch.list_namespaced_job(namespace).items if j.metadata.name == name][0]
