# proves: for/break/else where the loop first copies the item's name into a local and tests that: the local reads the name, so the loop is the same lookup
# expect: KUB001 fixed

from k8s_lint.runtime import read_or_none


def lookup(batch, namespace, name):
    cj = read_or_none(
        batch.read_namespaced_cron_job, name=name, namespace=namespace
    )
    if cj is None:
        return "absent"
    return cj
