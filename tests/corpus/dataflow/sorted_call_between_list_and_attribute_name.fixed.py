# proves: sorted() around the list call runs between the list and the test of an attribute name (`self.name`), but a wrapper that only hands on the items calls nothing that could change it: the list is narrowed
# expect: KUB001 fixed

from k8s_lint.runtime import read_or_none


class Reconciler:
    def __init__(self, api, namespace, name):
        self.api = api
        self.namespace = namespace
        self.name = name

    def current(self):
        return read_or_none(
            self.api.read_namespaced_job,
            name=self.name,
            namespace=self.namespace,
        )


def lookup(api, namespace, name):
    return Reconciler(api, namespace, name).current()
