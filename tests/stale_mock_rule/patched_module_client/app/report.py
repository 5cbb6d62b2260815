from kubernetes import client


def job_count(namespace):
    return len(client.BatchV1Api().list_namespaced_job(namespace).items)
