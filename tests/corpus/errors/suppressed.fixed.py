# proves: contextlib.suppress(ApiException) around the list swallows its errors too: field selector, not a read
# expect: KUB005 fixed
from contextlib import suppress

from k8s_lint.runtime import name_selector
from kubernetes.client.exceptions import ApiException


def lookup(api, namespace, name):
    found = False
    with suppress(ApiException):
        found = any(
            p.metadata.name == name
            for p in api.list_namespaced_pod(
                namespace, field_selector=name_selector(name)
            ).items
        )
    return found
