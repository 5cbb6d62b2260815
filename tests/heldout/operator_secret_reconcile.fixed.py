# proves: an operator's reconciler finds the tenant Secret with next(..., None) over the namespace's Secrets before deciding create/adopt/patch
# expect: KUB001 fixed

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from k8s_lint.runtime import read_or_none
from kubernetes import client

log = logging.getLogger("tenant-operator.secrets")


@dataclass(frozen=True)
class DesiredSecret:
    namespace: str
    name: str
    data: dict[str, str] = field(default_factory=dict)


class SecretReconciler:
    """Keeps one credentials Secret per tenant in line with the tenant's spec."""

    managed_by = "etl"

    def __init__(self, core: client.CoreV1Api) -> None:
        self.core = core

    def _current(self, want: DesiredSecret) -> client.V1Secret | None:
        return read_or_none(
            self.core.read_namespaced_secret, name=want.name, namespace=want.namespace
        )

    def plan(self, want: DesiredSecret) -> str:
        current = self._current(want)
        if current is None:
            log.info("secret %s/%s missing, will create it", want.namespace, want.name)
            return "create"
        if (current.metadata.labels or {}).get("app") != self.managed_by:
            log.warning("secret %s/%s exists but is not ours", want.namespace, want.name)
            return "adopt"
        return "patch"


def lookup(api, namespace, name):
    return SecretReconciler(api).plan(DesiredSecret(namespace, name, {"token": "s3cr3t"}))
