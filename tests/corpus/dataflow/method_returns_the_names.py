# proves: a method of an object made right there that returns the names of what it lists (a comprehension over the items): its call is that view, so `name in` it is a lookup through the method
# expect: KUB001 fixed

class ServiceRegistry:
    def __init__(self, core, namespace):
        self.core = core
        self.namespace = namespace

    def service_names(self):
        return [svc.metadata.name for svc in self.core.list_namespaced_service(self.namespace).items]


def lookup(api, namespace, name):
    return name in ServiceRegistry(api, namespace).service_names()
