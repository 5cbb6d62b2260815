# proves: a loop whose match branch does more than return: the branch runs as before, for the one match
# expect: KUB001 fixed

from k8s_lint.runtime import items_named


def lookup(batch, namespace, name):
    for job in items_named(
        batch.read_namespaced_job, name=name, namespace=namespace
    ):
        if job.metadata.name == name:
            print("found", name)
            return True
    return False
