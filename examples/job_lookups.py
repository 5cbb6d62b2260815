"""Ways real code asks "does this Job exist?" by listing the namespace.

Every function takes a ``BatchV1Api``, a namespace and a Job name.
"""


def has_job(batch, namespace, name):
    jobs = batch.list_namespaced_job(namespace).items
    return any(job.metadata.name == name for job in jobs)


def find_job(batch, namespace, name):
    for job in batch.list_namespaced_job(namespace, _request_timeout=30).items:
        if job.metadata.name == name:
            return job
    return None


def job_is_listed(batch, namespace, name):
    if [j for j in batch.list_namespaced_job(namespace).items
            if j.metadata.name == name]:
        return True
    return False


def first_match(batch, namespace, name):
    return [
        j for j in batch.list_namespaced_job(namespace).items
        if name == j.metadata.name
    ][0]


def count_matches(batch, namespace, name):
    found = len([
        j for j in batch.list_namespaced_job(namespace).items
        if j.metadata.name == name
    ]) > 0
    return found


def job_or_default(batch, namespace, name):
    items = batch.list_namespaced_job(namespace=namespace).items
    return next((j for j in items if j.metadata.name == name), None)


def job_or_raise(batch, namespace, name):
    items = batch.list_namespaced_job(namespace).items
    return next(j for j in items if j.metadata.name == name)


def name_taken(batch, namespace, name):
    listed = batch.list_namespaced_job(namespace)
    return name in {j.metadata.name for j in listed.items}


def name_free(batch, namespace, name):
    return name not in [
        job.metadata.name for job in batch.list_namespaced_job(namespace).items
    ]
