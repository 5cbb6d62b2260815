# proves: a `# type: ignore` on the removed list assignment goes with it; the comment above it stays
# expect: KUB001 fixed

def lookup(batch, namespace, name):
    # every job, then the one we want
    jobs = batch.list_namespaced_job(namespace)  # type: ignore[no-untyped-call]
    return any(j.metadata.name == name for j in jobs.items)
