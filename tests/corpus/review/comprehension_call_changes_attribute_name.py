# proves: a comprehension in a return statement calls its element for each match before the return ends: a method that moves self.current on makes later Jobs match the new name
# expect: KUB001 not fixed: could change the name

class ChainRunner:
    """Run a chain of Jobs: each finished stage names the next."""

    NEXT = {"etl-2026-11-25": "report-7"}

    def __init__(self, batch, namespace, first):
        self.batch, self.namespace, self.current = batch, namespace, first

    def advance(self, job):
        self.current = self.NEXT.get(job.metadata.name)
        return job.metadata.name

    def run(self):
        return [
            self.advance(j)
            for j in self.batch.list_namespaced_job(self.namespace).items
            if j.metadata.name == self.current
        ]


def lookup(api, namespace, name):
    return ChainRunner(api, namespace, name).run()
