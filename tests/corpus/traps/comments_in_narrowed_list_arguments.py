# proves: comments on a narrowed list call's kept arguments move above the loop; a pragma on a line that is gone goes
# expect: KUB001 fixed

def lookup(batch, namespace, name):
    for job in batch.list_namespaced_job(
        namespace,  # the tenant's namespace
        # pretty output, for the logs
        pretty="true",  # noqa: E231
    ).items:
        if job.metadata.name == name:
            print("found", name)
            return True
    return False
