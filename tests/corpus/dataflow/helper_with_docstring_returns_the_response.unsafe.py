# proves: a method with a docstring that returns the list response, its items read at the search: followed and narrowed at the search (unsafe: the search no longer calls the method)
# expect: KUB001 unsafe: the search no longer calls _jobs()

from k8s_lint.runtime import items_named


class JobFinder:
    """Looks Jobs up for the scheduler."""

    def __init__(self, api, namespace):
        self.api, self.namespace = api, namespace

    def _jobs(self):
        """Every Job in the namespace."""
        return self.api.list_namespaced_job(self.namespace)

    def exists(self, name):
        return any(job.metadata.name == name for job in items_named(
            self.api.read_namespaced_job,
            name=name,
            namespace=self.namespace,
        ))


def lookup(api, namespace, name):
    return JobFinder(api, namespace).exists(name)
