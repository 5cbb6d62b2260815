# proves: a name local bound only on one branch is read by the membership test only where `and` reaches it; moved into the read at the list call, it raises UnboundLocalError on the other branch
# expect: KUB001 not fixed: the name may be unbound where the list is called

def rerun_pending(batch, namespace, job_name):
    """CI: a nightly Job that failed is rerun under the same name; report whether it is queued."""
    is_nightly = job_name.startswith("nightly-")
    if is_nightly:
        rerun = job_name
    names = [j.metadata.name for j in batch.list_namespaced_job(namespace).items]
    if is_nightly and rerun in names:
        print(f"rerun of {job_name} queued")
    return is_nightly and rerun in names


def lookup(api, namespace, name):
    return rerun_pending(api, namespace, name)
