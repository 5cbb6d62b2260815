# proves: a property that counts its reads, read once after the list (a dict keyed by name, then `.get(self.name)`): the read evaluates it once too, so the fix stays safe (only a name tested per item makes a property matter)
# expect: KUB001 fixed

class Job:
    def __init__(self, batch, namespace, name):
        self.batch, self.namespace, self._name = batch, namespace, name
        self.reads = 0

    @property
    def name(self):
        self.reads += 1
        return self._name

    def find(self):
        by_name = {j.metadata.name: j for j in self.batch.list_namespaced_job(self.namespace).items}
        return by_name.get(self.name)


def lookup(api, namespace, name):
    job = Job(api, namespace, name)
    found = job.find()
    return found, job.reads
