# proves: a name declared global in the function is the module's: a call between the list and the search may assign it
# expect: KUB001 not fixed: could change the name

CURRENT = None


def rotate():
    global CURRENT
    CURRENT = "report-7"


def check_jobs(batch, namespace, name):
    """A CI script: remember the Job under test, let the hook rotate it."""
    global CURRENT
    CURRENT = name
    jobs = batch.list_namespaced_job(namespace).items
    rotate()
    return [j.metadata.name for j in jobs if j.metadata.name == CURRENT]


def lookup(api, namespace, name):
    return check_jobs(api, namespace, name)
