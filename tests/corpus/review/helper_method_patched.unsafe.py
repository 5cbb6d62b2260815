# proves: a helper method inlined at its search: self.jobs() dispatches at run time, so a test that patches JobStore.jobs (or a subclass that overrides it) no longer feeds find(): only an unsafe fix, which says so
# expect: KUB001 unsafe: the search no longer calls

from unittest import mock

from k8s_lint.runtime import items_named


class JobStore:
    def __init__(self, batch, namespace):
        self.batch, self.namespace = batch, namespace

    def jobs(self):
        return self.batch.list_namespaced_job(self.namespace).items

    def find(self, name):
        for job in items_named(
            self.batch.read_namespaced_job, name=name, namespace=self.namespace
        ):
            if job.metadata.name == name:
                return job.metadata.name
        return None


def lookup(api, namespace, name):
    # The unit test of find(): the Jobs come from a fixture, not from the cluster.
    fixture = list(api.list_namespaced_job("other").items)
    with mock.patch.object(JobStore, "jobs", return_value=fixture):
        return JobStore(api, namespace).find(name)
