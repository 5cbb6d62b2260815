# proves: a name read from an attribute set between the list and the search
# expect: KUB005 not fixed: could change the name

class Runner:
    prefix = "etl"

    def started(self, api, namespace):
        pods = api.list_namespaced_pod(namespace, label_selector="app=etl").items
        self.pod_name = self.prefix + "-0"
        return any(p.metadata.name == self.pod_name for p in pods)


def lookup(api, namespace, name):
    return Runner().started(api, namespace)
