# proves: a handler that logs and re-raises what it caught lets every error through: the read is a safe fix
# expect: KUB001 fixed
import logging

from k8s_lint.runtime import items_named
from kubernetes.client.rest import ApiException

log = logging.getLogger(__name__)


def lookup(api, namespace, name):
    try:
        secrets = items_named(
            api.read_namespaced_secret, name=name, namespace=namespace
        )
    except ApiException:
        log.exception("listing secrets in %s failed", namespace)
        raise
    return any(s.metadata.name == name for s in secrets)
