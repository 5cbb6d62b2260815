# proves: for/break over the list with `else: item = None` leaves the match (or None) in the loop variable, which the code then uses: it becomes `item = read_or_none(...)`
# expect: KUB001 fixed

from k8s_lint.runtime import read_or_none


def lookup(batch, namespace, name):
    cj = read_or_none(
        batch.read_namespaced_cron_job, name=name, namespace=namespace
    )
    if cj is None:
        return "absent"
    return cj
