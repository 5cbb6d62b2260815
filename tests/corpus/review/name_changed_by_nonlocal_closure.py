# proves: a nested function that assigns the name through `nonlocal` changes it when called from the matched branch: later Jobs are compared with the new name
# expect: KUB001 not fixed: could change the name
# known-miss: the name is a local of the function, taken not to change through calls; the nested function's `nonlocal` assignment does change it, and the narrowed list holds only the first stage

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
