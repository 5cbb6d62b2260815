# proves: a with-statement runs code before its body: the list is narrowed where it is, before the with
# expect: KUB001 fixed

def lookup(batch, namespace, name):
    jobs = batch.list_namespaced_job(namespace).items
    with open("/dev/null"):
        return any(j.metadata.name == name for j in jobs)
