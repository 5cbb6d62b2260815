# proves: a method that returns the dynamic client's list is followed to the search in another method; as written inline there (namespace=self.namespace may be None: every namespace) it is narrowed by a field selector, the method inlined (unsafe: a subclass may override it) (this crashed the analysis once)
# expect: KUB005 unsafe: the search no longer calls _services(), which a subclass may override
"""Service lookups for the cleanup job."""

import logging

from k8s_lint.runtime import name_selector
from kubernetes.client.exceptions import ApiException
from kubernetes.dynamic import DynamicClient

log = logging.getLogger(__name__)


class ServiceFinder:
    """Finds Services by name."""

    def __init__(self, dyn: DynamicClient, namespace: str) -> None:
        self.dyn = dyn
        self.namespace = namespace

    def _services(self):
        return (
            self.dyn.resources.get(api_version="v1", kind="Service")
            .get(namespace=self.namespace)
            .items
        )

    def exists(self, service_name: str) -> bool:
        """Whether the Service ``service_name`` exists."""
        try:
            found = next(
                (
                    service
                    for service in self.dyn.resources.get(
                        api_version="v1", kind="Service"
                    )
                    .get(
                        namespace=self.namespace,
                        field_selector=name_selector(service_name),
                    )
                    .items
                    if service.metadata.name == service_name
                ),
                None,
            )
            return found is not None
        except ApiException as error:
            log.warning("looking up Service %s failed: %s", service_name, error.reason)
            raise


def lookup(api, namespace, name):
    return ServiceFinder(api, namespace).exists(name)
