# proves: the loop's own else clause runs after the last item: reading the loop variable there reads the last Job, which the narrowed list never binds
# expect: KUB001 not fixed: the loop variable is used after the loop

def job_status(batch, namespace, job_name):
    """CI gate: fail with a message that names the last Job looked at."""
    for job in batch.list_namespaced_job(namespace).items:
        if job.metadata.name == job_name:
            break
    else:
        raise LookupError(f"{job_name} not found (last seen: {job.metadata.name})")
    return job.metadata.name


def lookup(api, namespace, name):
    try:
        return job_status(api, namespace, name)
    except LookupError as error:
        return str(error)
