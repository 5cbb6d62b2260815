# proves: the dynamic client (never named: the client object is passed in) lists Jobs and searches by name
# expect: KUB006 fixed
# known-miss: narrowed with a field selector (KUB005 fixed, safe) instead of a read: the namespace is not a literal, and a read could differ where it is None or empty
def job_exists(dyn, namespace: str, job_name: str) -> bool:
    jobs = dyn.resources.get(api_version="batch/v1", kind="Job")
    for item in jobs.get(namespace=namespace).items:
        if item.metadata.name == job_name:
            return True
    return False


def lookup(api, namespace, name):
    return job_exists(api, namespace, name)
