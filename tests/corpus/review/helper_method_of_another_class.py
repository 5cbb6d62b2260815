# proves: self.jobs() calls the method of self's own class; a method of that name in another class of the module says nothing about it (here the base class's jobs() returns a cache)
# expect: clean

class JobStore:
    def __init__(self, api, namespace):
        self.api, self.namespace = api, namespace

    def jobs(self):
        return self.api.list_namespaced_job(self.namespace).items


# The base class comes from elsewhere (a framework); its jobs() serves a cache.
CachedBase = type("CachedBase", (), {"jobs": lambda self: self.cache})


class Reconciler(CachedBase):
    def __init__(self, cache):
        self.cache = cache

    def find(self, name):
        for job in self.jobs():
            if job.metadata.name == name:
                return job.metadata.name
        return None


def lookup(api, namespace, name):
    cache = list(api.list_namespaced_job(namespace).items)
    return Reconciler(cache).find(name)
