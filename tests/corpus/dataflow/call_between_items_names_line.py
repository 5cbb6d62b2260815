# proves: a call in the loop before the test may change the attribute compared with, for the next item: not fixed, and the reason names the line
# expect: KUB001 not fixed: line 13 runs between the list call and the search and could change the name `self.name`


class Tracker:
    def __init__(self, api, namespace, name):
        self.api, self.namespace, self.name = api, namespace, name

    def current(self):
        found = None
        for job in self.api.list_namespaced_job(self.namespace).items:
            if job.metadata.name == self.name:
                found = self.advance(job)
        return found

    def advance(self, job):
        self.name = job.metadata.name + "-next"
        return job
