from kubernetes import client


def job_exists(namespace, name):
    batch = client.BatchV1Api()
    return any(j.metadata.name == name for j in batch.list_namespaced_job(namespace).items)
