# proves: after standard-library imports only, the helper import starts a third-party section of its own, a blank line apart (as isort wants)
# expect: KUB001 fixed

import logging
import os

from k8s_lint.runtime import exists

LOG = logging.getLogger(os.environ.get("ETL_LOGGER", "etl"))


def lookup(api, namespace, name):
    LOG.debug("looking for %s", name)
    return exists(api.read_namespaced_job, name=name, namespace=namespace)
