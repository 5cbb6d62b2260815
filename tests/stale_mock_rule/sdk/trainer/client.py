"""An ML platform's SDK, in the shape of Kubeflow's TrainingClient."""

from kubernetes import client, config

GROUP, VERSION, PLURAL = "kubeflow.org", "v1", "pytorchjobs"


class TrainingClient:
    def __init__(self, namespace="default", custom_api=None):
        if custom_api is None:
            config.load_kube_config()
            custom_api = client.CustomObjectsApi()
        self.custom_api = custom_api
        self.namespace = namespace

    def get_job(self, name):
        jobs = self.custom_api.list_namespaced_custom_object(GROUP, VERSION, self.namespace, PLURAL)
        for job in jobs["items"]:
            if job["metadata"]["name"] == name:
                return job
        return None

    def list_jobs(self):
        return self.custom_api.list_namespaced_custom_object(GROUP, VERSION, self.namespace, PLURAL)["items"]
