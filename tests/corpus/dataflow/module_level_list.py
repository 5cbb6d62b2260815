# proves: a module-level variable is visible to other modules
# expect: KUB001 not fixed: module-level variable

from kubernetes import client

JOBS = client.BatchV1Api().list_namespaced_job("default").items
HAS_ETL = any(j.metadata.name == "etl" for j in JOBS)


def lookup(batch, namespace, name):
    return HAS_ETL
