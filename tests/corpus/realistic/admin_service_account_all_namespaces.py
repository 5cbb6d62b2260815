# proves: an admin script finds a ServiceAccount by namespace and name in the all-namespaces list, taking [0] of the matches
# expect: KUB004 fixed
# known-miss: narrowed with a field selector (KUB005 fixed, safe) instead of a read: the namespace is not a literal, and a read could differ where it is None or empty
from kubernetes import client


def service_account(core: client.CoreV1Api, namespace: str, account: str):
    matches = [
        sa
        for sa in core.list_service_account_for_all_namespaces().items
        if sa.metadata.namespace == namespace and sa.metadata.name == account
    ]
    return matches[0]


def lookup(api, namespace, name):
    return service_account(api, namespace, name)
