# proves: a with-statement runs code before its body
# expect: KUB001 not fixed: does not always run right after the list call

def lookup(batch, namespace, name):
    jobs = batch.list_namespaced_job(namespace).items
    with open("/dev/null"):
        return any(j.metadata.name == name for j in jobs)
