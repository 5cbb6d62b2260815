# proves: a provisioning step wraps the list call in try/except ApiException and re-raises its own error `from exc`, then searches the ServiceAccounts by name
# expect: KUB001 fixed

import logging

from k8s_lint.runtime import read_or_none
from kubernetes.client.rest import ApiException

logger = logging.getLogger(__name__)


class ProvisioningError(RuntimeError):
    """Raised when the workspace's Kubernetes objects cannot be inspected."""


def service_account(core, namespace, name):
    try:
        return read_or_none(core.read_namespaced_service_account, name=name, namespace=namespace)
    except ApiException as exc:
        logger.error("reading service account %s/%s failed: %s", namespace, name, exc.reason)
        raise ProvisioningError(
            f"cannot inspect service accounts in {namespace}: HTTP {exc.status}"
        ) from exc


def ensure_workspace_identity(core, namespace, name):
    sa = service_account(core, namespace, name)
    return "exists" if sa is not None else "create"


def lookup(api, namespace, name):
    return ensure_workspace_identity(api, namespace, name)
