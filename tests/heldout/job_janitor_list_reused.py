# proves: a janitor finds the Job to keep by name and uses the same list for every other Job (the stale ones it deletes): the list is needed whole
# expect: clean

import logging

from kubernetes import client

log = logging.getLogger("janitor")


def plan_cleanup(batch: client.BatchV1Api, namespace: str, keep: str):
    jobs = batch.list_namespaced_job(namespace, label_selector="app=etl").items
    current = next((j for j in jobs if j.metadata.name == keep), None)
    if current is None:
        log.warning("job %s to keep is gone; deleting nothing", keep)
        return None, []
    stale = [j.metadata.name for j in jobs if j.metadata.name != keep]
    return current.metadata.name, stale


def lookup(api, namespace, name):
    return plan_cleanup(api, namespace, name)
