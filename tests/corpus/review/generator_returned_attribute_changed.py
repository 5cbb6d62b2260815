# proves: a method that returns a generator filtered on self.job_name is consumed by its caller, which may change the attribute first: the original then matches the new name
# expect: KUB001 not fixed: could change the name

class JobWatcher:
    def __init__(self, batch, namespace, job_name):
        self.batch, self.namespace, self.job_name = batch, namespace, job_name

    def matching(self):
        return (
            j
            for j in self.batch.list_namespaced_job(self.namespace).items
            if j.metadata.name == self.job_name
        )


def lookup(api, namespace, name):
    watcher = JobWatcher(api, namespace, name)
    jobs = watcher.matching()
    watcher.job_name = "report-7"  # the watcher moves on before reading
    return [j.metadata.name for j in jobs]
