# proves: a name built by a module function that only returns an f-string of its parameter is pure and cannot fail: the field selector takes it safely
# expect: KUB005 fixed

from k8s_lint.runtime import name_selector


def job_name(run_id):
    """The Job a run of the pipeline starts."""
    return f"etl-{run_id}"


def lookup(api, namespace, name):
    jobs = api.list_namespaced_job(
        namespace,
        label_selector="app=etl",
        field_selector=name_selector(job_name(name)),
    ).items
    return any(j.metadata.name == job_name(name) for j in jobs)
