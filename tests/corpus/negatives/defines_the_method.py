# proves: a class that defines list_namespaced_job is not the Kubernetes client
# expect: clean

class FakeBatch:
    def list_namespaced_job(self, namespace):
        return []

    def has(self, namespace, name):
        return any(j.metadata.name == name for j in self.list_namespaced_job(namespace).items)


def lookup(batch, namespace, name):
    return False
