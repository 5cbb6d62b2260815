# proves: sorted() without a key compares the models themselves, which raises TypeError for two or more: not a wrapper, no lookup to keep
# expect: clean

def lookup(api, namespace, name):
    for job in sorted(api.list_namespaced_job(namespace).items):
        if job.metadata.name == name:
            return True
    return False
