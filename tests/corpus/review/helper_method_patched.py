# proves: self.jobs() dispatches at run time: a test that patches JobStore.jobs (or a subclass that overrides it) feeds find() its own Jobs; pasting the method's list in its place bypasses them
# expect: KUB001 not fixed: the list comes from jobs()
# known-miss: inlines jobs() into find(), so the patched method is never called and find() reads the cluster instead

from unittest import mock


class JobStore:
    def __init__(self, batch, namespace):
        self.batch, self.namespace = batch, namespace

    def jobs(self):
        return self.batch.list_namespaced_job(self.namespace).items

    def find(self, name):
        for job in self.jobs():
            if job.metadata.name == name:
                return job.metadata.name
        return None


def lookup(api, namespace, name):
    # The unit test of find(): the Jobs come from a fixture, not from the cluster.
    fixture = list(api.list_namespaced_job("other").items)
    with mock.patch.object(JobStore, "jobs", return_value=fixture):
        return JobStore(api, namespace).find(name)
