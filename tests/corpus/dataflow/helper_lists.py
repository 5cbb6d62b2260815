# proves: a list returned by a function of the module and searched by a caller is reported at the search, not fixed
# expect: KUB001 not fixed: the list comes from _jobs() (line 8), which the fix would have to inline
class Launcher:
    def __init__(self, api, namespace):
        self.api = api
        self.namespace = namespace

    def _jobs(self):
        return self.api.list_namespaced_job(self.namespace).items

    def status(self, name):
        for job in self._jobs():
            if job.metadata.name == name:
                return job.metadata.labels
        return None


def lookup(api, namespace, name):
    return Launcher(api, namespace).status(name)
