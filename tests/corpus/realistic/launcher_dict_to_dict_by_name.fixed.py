# proves: a launcher keeps a dict of to_dict()-ed CronJobs keyed by name and reads it with the one name, with a default
# expect: KUB001 fixed
from k8s_lint.runtime import items_named
from kubernetes import client


def cron_spec(batch: client.BatchV1Api, namespace: str, cronjob: str) -> dict:
    crons = {
        c.metadata.name: c.to_dict()
        for c in items_named(
            batch.read_namespaced_cron_job, name=cronjob, namespace=namespace
        )
    }
    return crons.get(cronjob, {})


def lookup(api, namespace, name):
    return cron_spec(api, namespace, name)
