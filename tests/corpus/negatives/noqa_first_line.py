# proves: a bare `# noqa` on the first line of a multi-line statement suppresses it
# expect: clean

def lookup(batch, namespace, name):
    return any(  # noqa
        j.metadata.name == name
        for j in batch.list_namespaced_job(namespace).items
    )
