# proves: a module function that does more than return an expression (here it counts its calls) is no pure name: not fixed
# expect: KUB005 not fixed: may have side effects
CALLS = []


def job_name(run_id):
    CALLS.append(run_id)
    return f"etl-{run_id}"


def lookup(api, namespace, name):
    jobs = api.list_namespaced_job(namespace, label_selector="app=etl").items
    return any(j.metadata.name == job_name(name) for j in jobs)
