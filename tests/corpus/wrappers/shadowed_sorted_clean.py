# proves: a module that binds sorted to its own function gets no wrapper row for it
# expect: clean

def sorted(items, key=None):
    return items[:1]


def lookup(api, namespace, name):
    for job in sorted(api.list_namespaced_job(namespace).items, key=lambda j: j.metadata.name):
        if job.metadata.name == name:
            return True
    return False
