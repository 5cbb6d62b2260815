"""Lookups by name that `fix` rewrites, and code that keeps its list."""


def job_exists(batch, namespace, name):
    return any(j.metadata.name == name for j in batch.list_namespaced_job(namespace).items)


def pod_exists(core, namespace, name):
    return name in [p.metadata.name for p in core.list_namespaced_pod(namespace).items]


def etl_jobs(batch, namespace):
    """Every ETL job: a real use of the list."""
    return [j for j in batch.list_namespaced_job(namespace).items if j.metadata.name.startswith("etl-")]


def labelled_job_exists(batch, namespace, name):
    """KUB005: narrowed by a field selector, the list stays."""
    jobs = batch.list_namespaced_job(namespace, label_selector="app=etl").items
    return any(j.metadata.name == name for j in jobs)
