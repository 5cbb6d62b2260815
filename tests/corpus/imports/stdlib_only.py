# proves: after standard-library imports only, the helper import starts a third-party section of its own, a blank line apart (as isort wants)
# expect: KUB001 fixed

import logging
import os

LOG = logging.getLogger(os.environ.get("ETL_LOGGER", "etl"))


def lookup(api, namespace, name):
    LOG.debug("looking for %s", name)
    return any(j.metadata.name == name for j in api.list_namespaced_job(namespace).items)
