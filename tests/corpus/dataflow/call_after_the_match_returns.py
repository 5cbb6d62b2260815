# proves: a call in the branch that matched and returns runs after the last comparison: it cannot change the name compared (an attribute), so the lookup is fixed
# expect: KUB001 fixed
import logging

log = logging.getLogger(__name__)


class Reconciler:
    def __init__(self, api, namespace, name):
        self.api, self.namespace, self.name = api, namespace, name

    def current(self):
        for job in self.api.list_namespaced_job(self.namespace).items:
            if job.metadata.name == self.name:
                log.info("found job %s", job.metadata.name)
                return job
        return None


def lookup(api, namespace, name):
    return Reconciler(api, namespace, name).current()
