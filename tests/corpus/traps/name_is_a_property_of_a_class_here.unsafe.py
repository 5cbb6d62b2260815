# proves: the name is a property a class of this file defines (it counts its reads): the search ran it once per item, the read runs it once, so the fix is unsafe and says why
# expect: KUB001 unsafe: `name` is a property of a class here: the search ran it once per item, the read runs it once

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
    job.find()
    return job.reads
