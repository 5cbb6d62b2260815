# proves: the dynamic client (never named: the client object is passed in) lists Jobs and searches by name
# expect: KUB006 fixed
# known-miss: unsafe fix only: the namespace is not a literal, and a None namespace made the dynamic list search every namespace
def job_exists(dyn, namespace: str, job_name: str) -> bool:
    jobs = dyn.resources.get(api_version="batch/v1", kind="Job")
    for item in jobs.get(namespace=namespace).items:
        if item.metadata.name == job_name:
            return True
    return False


def lookup(api, namespace, name):
    return job_exists(api, namespace, name)
