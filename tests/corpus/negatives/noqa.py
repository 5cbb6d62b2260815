# proves: `# noqa: KUB001` on the line suppresses the finding
# expect: clean

def lookup(batch, namespace, name):
    return any(j.metadata.name == name for j in batch.list_namespaced_job(namespace).items)  # noqa: KUB001
