# proves: a statement run for every item (a log line) is dropped: unsafe
# expect: KUB001 unsafe: drops statements the loop ran for every item

import logging

LOG = logging.getLogger(__name__)


def lookup(api, namespace, name):
    for job in api.list_namespaced_job(namespace).items:
        LOG.debug("looking at %s", job.metadata.name)
        if job.metadata.name == name:
            return True
    return False
