# proves: a method of a class whose __init__ only stores its arguments, called on an object made right there, is the list call with the stored arguments in place of its attributes: fixed (safe: the object is of exactly that class, so no subclass overrides the method)
# expect: KUB001 fixed

class JobStore:
    """Reads the Jobs of one namespace."""

    def __init__(self, batch, namespace):
        self.batch = batch
        self.namespace = namespace

    def jobs(self):
        return self.batch.list_namespaced_job(self.namespace)


def lookup(batch, namespace, name):
    for job in JobStore(batch, namespace).jobs().items:
        if job.metadata.name == name:
            return True
    return False
