# proves: a class of the file that binds list_namespaced_job as a class attribute (a lambda, a mock) is the file's own object, as with a def: the receiver may be it, and a recording fake has no read method
# expect: KUB001 not fixed: this file defines its own list_namespaced_job()

class Recorded:
    """A test double that replays a recorded Job list."""

    def __init__(self, recording):
        self.recording = recording

    list_namespaced_job = lambda self, namespace: self.recording


def job_known(batch, namespace, name):
    return any(job.metadata.name == name for job in batch.list_namespaced_job(namespace).items)


def lookup(api, namespace, name):
    return job_known(Recorded(api.list_namespaced_job(namespace)), namespace, name)
