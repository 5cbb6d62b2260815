from app.lookups import fetch_jobs


def job_exists(batch, namespace, name):
    return any(j.metadata.name == name for j in fetch_jobs(batch, namespace))
