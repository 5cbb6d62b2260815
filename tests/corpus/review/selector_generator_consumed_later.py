# proves: the field selector fixes the name at the list call, but a lazy generator tests the name later, after it changed: the server leaves out the Job the original found
# expect: KUB005 not fixed: the name is assigned between the list call and the search

def etl_candidates(batch, namespace, run_name):
    wanted = run_name
    pending = (
        j.metadata.name
        for j in batch.list_namespaced_job(namespace, label_selector="app=etl").items
        if j.metadata.name == wanted
    )
    wanted = "etl-2026-11-24"  # yesterday's run, checked instead
    return list(pending)


def lookup(api, namespace, name):
    return etl_candidates(api, namespace, name)
