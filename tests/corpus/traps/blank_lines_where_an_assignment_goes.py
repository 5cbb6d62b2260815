# proves: the blank lines around a removed assignment become one run: no two in a row in a body, none under the def
# expect: KUB001 fixed
# expect: KUB001 fixed

def lookup(batch, namespace, name):
    return exists_by_name(batch, namespace, name) and first_by_name(batch, namespace, name)


def exists_by_name(batch, namespace, name):
    wanted = name

    jobs = batch.list_namespaced_job(namespace)

    return any(j.metadata.name == wanted for j in jobs.items)


def first_by_name(batch, namespace, name):
    found = None

    for job in batch.list_namespaced_job(namespace).items:
        if job.metadata.name == name:
            found = job
            break

    return found is not None
