# proves: comments on a narrowed list call's kept arguments move above the loop; a pragma on a line that is gone goes
# expect: KUB001 fixed

from k8s_lint.runtime import items_named


def lookup(batch, namespace, name):
    # the tenant's namespace
    # pretty output, for the logs
    for job in items_named(
        batch.read_namespaced_job,
        name=name,
        namespace=namespace,
        pretty="true",
    ):
        if job.metadata.name == name:
            print("found", name)
            return True
    return False
