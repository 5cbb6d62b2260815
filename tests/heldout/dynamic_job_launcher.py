# proves: a job launcher on the dynamic client keeps the Job resource in self and scans resource.get(namespace=...).items for the name
# expect: KUB001 fixed

from kubernetes import config, dynamic
from kubernetes.client import api_client


def make_dynamic_client():
    config.load_kube_config()
    return dynamic.DynamicClient(api_client.ApiClient())


class JobLauncher:
    def __init__(self, dyn, namespace):
        self.namespace = namespace
        self.jobs = dyn.resources.get(api_version="batch/v1", kind="Job")

    def find(self, job_name):
        for item in self.jobs.get(namespace=self.namespace).items:
            if item.metadata.name == job_name:
                return item
        return None

    def state(self, job_name):
        job = self.find(job_name)
        if job is None:
            return "missing"
        return "owned" if job.metadata.labels["app"] == "etl" else "foreign"


def lookup(api, namespace, name):
    return JobLauncher(api, namespace).state(name)
