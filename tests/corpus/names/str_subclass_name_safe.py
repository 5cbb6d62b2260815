# proves: a name declared as a plain str subclass (a NewType-like marker class without its own __eq__) compares as str: the fix stays safe
# expect: KUB001 fixed
"""Jobs the scheduler started, by name."""


class JobName(str):
    """A Job's name, as the scheduler spells it."""


def job_exists(api, namespace: str, name: JobName | None) -> bool:
    for job in api.list_namespaced_job(namespace).items:
        if job.metadata.name == name:
            return True
    return False


def lookup(api, namespace, name):
    return job_exists(api, namespace, name)
