from app import lookups


def job_count(batch, namespace):
    return len(lookups.fetch_jobs(batch, namespace))
