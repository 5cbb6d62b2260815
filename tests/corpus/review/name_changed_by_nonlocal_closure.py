# proves: a nested function that assigns the name through `nonlocal` changes it when called from the matched branch: later Jobs are compared with the new name
# expect: KUB001 not fixed: could change the name

NEXT_STAGE = {"etl-2026-11-25": "report-7"}


def reconcile_chain(batch, namespace, first_job):
    """Walk a chain of Jobs: each finished Job names the next one."""
    current = first_job
    done = []

    def advance(job):
        nonlocal current
        current = NEXT_STAGE.get(job.metadata.name)

    for job in batch.list_namespaced_job(namespace).items:
        if job.metadata.name == current:
            done.append(job.metadata.name)
            advance(job)
    return done


def lookup(api, namespace, name):
    return reconcile_chain(api, namespace, name)
