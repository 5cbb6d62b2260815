# proves: where the constructor computes an attribute (here the namespace, lower-cased) the method's list can't be written at the call: the search is reported, naming the method, and nothing guessed
# expect: KUB001 not fixed: whose object's constructor does more than store its arguments

class JobStore:
    def __init__(self, batch, namespace):
        self.batch = batch
        self.namespace = namespace.lower()

    def jobs(self):
        return self.batch.list_namespaced_job(self.namespace)


def lookup(batch, namespace, name):
    for job in JobStore(batch, namespace).jobs().items:
        if job.metadata.name == name:
            return True
    return False
