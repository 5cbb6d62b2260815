# proves: a provisioning step wraps the list call in try/except ApiException and re-raises its own error `from exc`, then searches the ServiceAccounts by name
# expect: KUB001 fixed

import logging

from kubernetes.client.rest import ApiException

logger = logging.getLogger(__name__)


class ProvisioningError(RuntimeError):
    """Raised when the workspace's Kubernetes objects cannot be inspected."""


def service_account(core, namespace, name):
    try:
        accounts = core.list_namespaced_service_account(namespace).items
    except ApiException as exc:
        logger.error("listing service accounts in %s failed: %s", namespace, exc.reason)
        raise ProvisioningError(
            f"cannot inspect service accounts in {namespace}: HTTP {exc.status}"
        ) from exc
    for sa in accounts:
        if sa.metadata.name == name:
            return sa
    return None


def ensure_workspace_identity(core, namespace, name):
    sa = service_account(core, namespace, name)
    return "exists" if sa is not None else "create"


def lookup(api, namespace, name):
    return ensure_workspace_identity(api, namespace, name)
