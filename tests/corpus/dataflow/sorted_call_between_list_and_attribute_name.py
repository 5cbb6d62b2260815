# proves: sorted() around the list call runs between the list and the test of an attribute name (`self.name`), but a wrapper that only hands on the items calls nothing that could change it: the list is narrowed
# expect: KUB001 fixed

class Reconciler:
    def __init__(self, api, namespace, name):
        self.api = api
        self.namespace = namespace
        self.name = name

    def current(self):
        for job in sorted(self.api.list_namespaced_job(self.namespace).items, key=lambda j: j.metadata.name):
            if job.metadata.name == self.name:
                return job
        return None


def lookup(api, namespace, name):
    return Reconciler(api, namespace, name).current()
