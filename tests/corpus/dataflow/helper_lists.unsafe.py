# proves: a list returned by a method that only lists, searched by a caller: the caller can read by name in its place (self. stays self.), an unsafe fix, as a test may patch the method
# expect: KUB001 unsafe: the search no longer calls
from k8s_lint.runtime import items_named


class Launcher:
    def __init__(self, api, namespace):
        self.api = api
        self.namespace = namespace

    def _jobs(self):
        return self.api.list_namespaced_job(self.namespace).items

    def status(self, name):
        for job in items_named(
            self.api.read_namespaced_job, name=name, namespace=self.namespace
        ):
            if job.metadata.name == name:
                return job.metadata.labels
        return None


def lookup(api, namespace, name):
    return Launcher(api, namespace).status(name)
