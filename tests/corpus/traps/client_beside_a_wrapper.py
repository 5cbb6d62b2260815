# proves: the file's facade defines list_namespaced_pod; self.core may be the client or not
# expect: KUB001 not fixed: this file defines its own list_namespaced_pod()

class Kube:
    def __init__(self, api):
        self.core = api

    def list_namespaced_pod(self, namespace, **kwargs):
        return self.core.list_namespaced_pod(namespace, **kwargs)

    def pod_exists(self, namespace, name):
        return any(p.metadata.name == name for p in self.core.list_namespaced_pod(namespace).items)


def lookup(api, namespace, name):
    return Kube(api).pod_exists(namespace, name)
