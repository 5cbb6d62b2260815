# proves: a client kept on self; the receiver expression is kept as written
# expect: KUB001 fixed

from k8s_lint.runtime import exists


class Jobs:
    def __init__(self, batch):
        self.batch = batch

    def exists(self, namespace, name):
        return exists(
            self.batch.read_namespaced_job, name=name, namespace=namespace
        )


def lookup(batch, namespace, name):
    return Jobs(batch).exists(namespace, name)
