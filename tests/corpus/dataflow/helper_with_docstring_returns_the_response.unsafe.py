# proves: a method with a docstring that returns the list response, its items read at the search: inlined, the search becomes a read (unsafe: a subclass may override the method)
# expect: KUB001 unsafe: the search no longer calls _jobs(), which a subclass may override

from k8s_lint.runtime import exists


class JobFinder:
    """Looks Jobs up for the scheduler."""

    def __init__(self, api, namespace):
        self.api, self.namespace = api, namespace

    def _jobs(self):
        """Every Job in the namespace."""
        return self.api.list_namespaced_job(self.namespace)

    def exists(self, name):
        return exists(
            self.api.read_namespaced_job, name=name, namespace=self.namespace
        )


def lookup(api, namespace, name):
    return JobFinder(api, namespace).exists(name)
