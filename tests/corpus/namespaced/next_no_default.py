# proves: next() without a default keeps raising StopIteration when absent
# expect: KUB001 fixed

def lookup(batch, namespace, name):
    return next(j for j in batch.list_namespaced_job(namespace).items if j.metadata.name == name)
