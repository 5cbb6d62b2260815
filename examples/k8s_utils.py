"""Kubernetes helpers for a workflow scheduler's task plugin.

A Python rendering of Apache DolphinScheduler's ``K8sUtils`` before its fix:
``job_exist`` lists every Job in the namespace to answer whether one exists.
"""

import logging

from kubernetes import client, config

LOG = logging.getLogger(__name__)


class K8sUtils:
    def __init__(self, batch=None):
        if batch is None:
            config.load_kube_config()
            batch = client.BatchV1Api()
        self.batch = batch

    def create_job(self, namespace, job):
        return self.batch.create_namespaced_job(namespace, job)

    def delete_job(self, namespace, name):
        LOG.info("deleting job %s/%s", namespace, name)
        self.batch.delete_namespaced_job(
            name, namespace, propagation_policy="Foreground"
        )

    def job_exist(self, namespace, name):
        job_list = self.batch.list_namespaced_job(namespace)
        for job in job_list.items:
            if job.metadata.name == name:
                return True
        return False

    def finished_jobs(self, namespace):
        """Every finished Job: a real use of the list, not a lookup."""
        jobs = self.batch.list_namespaced_job(namespace).items
        return [j for j in jobs if j.status and j.status.completion_time]
