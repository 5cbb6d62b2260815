# proves: a method of an object made right there whose list call binds a name with `:=`: inlined, that name would be bound in the caller, so the search is reported, naming the method, and not fixed
# expect: KUB001 not fixed: which binds a name of its own with :=

class JobLister:
    def __init__(self, api):
        self.api = api

    def fetch(self, namespace):
        return self.api.list_namespaced_job(ns := namespace)


def lookup(api, namespace, name):
    for job in JobLister(api).fetch(namespace).items:
        if job.metadata.name == name:
            return True
    return False
