# proves: a class in the same file defines the list method: the receiver may be it
# expect: clean

class Batch:
    def list_namespaced_job(self, namespace):
        return self

    items = ()


def lookup(api, namespace, name):
    return any(j.metadata.name == name for j in Batch().list_namespaced_job(namespace).items)
