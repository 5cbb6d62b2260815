# proves: a classmethod helper reads the class's attributes through `cls`; called as self.jobs(), its body can't be pasted in as is (`cls` is not defined there, and self's attributes may differ)
# expect: KUB001 not fixed: the list comes from jobs()

class Cleaner:
    batch = None
    namespace = None

    @classmethod
    def jobs(cls):
        return cls.batch.list_namespaced_job(cls.namespace).items

    def find(self, name):
        for job in self.jobs():
            if job.metadata.name == name:
                return job.metadata.name
        return None


def lookup(api, namespace, name):
    Cleaner.batch, Cleaner.namespace = api, namespace
    return Cleaner().find(name)
