def fetch_jobs(batch, namespace):
    return batch.list_namespaced_job(namespace).items
