# proves: a CI gate that requires a CronJob matching a pattern (re.fullmatch): a pattern is no name
# expect: clean
import re

from kubernetes import client


def nightly_cronjob(
    batch: client.BatchV1Api, namespace: str, pattern: str = r"etl-\d{4}-\d\d-\d\d"
):
    for cj in batch.list_namespaced_cron_job(namespace).items:
        if re.fullmatch(pattern, cj.metadata.name):
            return cj.metadata.name
    return None


def lookup(api, namespace, name):
    return nightly_cronjob(api, namespace)
