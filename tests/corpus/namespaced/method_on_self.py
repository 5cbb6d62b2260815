# proves: a client kept on self; the receiver expression is kept as written
# expect: KUB001 fixed

class Jobs:
    def __init__(self, batch):
        self.batch = batch

    def exists(self, namespace, name):
        for job in self.batch.list_namespaced_job(namespace).items:
            if job.metadata.name == name:
                return True
        return False


def lookup(batch, namespace, name):
    return Jobs(batch).exists(namespace, name)
