# proves: a property that counts its reads, read once after the list (a dict keyed by name, then `.get(self.name)`): the read evaluates it once too, so the fix stays safe (only a name tested per item makes a property matter)
# expect: KUB001 fixed

from k8s_lint.runtime import read_or_none


class Job:
    def __init__(self, batch, namespace, name):
        self.batch, self.namespace, self._name = batch, namespace, name
        self.reads = 0

    @property
    def name(self):
        self.reads += 1
        return self._name

    def find(self):
        return read_or_none(
            self.batch.read_namespaced_job,
            name=self.name,
            namespace=self.namespace,
        )


def lookup(api, namespace, name):
    job = Job(api, namespace, name)
    found = job.find()
    return found, job.reads
