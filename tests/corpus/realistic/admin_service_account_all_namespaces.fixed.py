# proves: an admin script finds a ServiceAccount by namespace and name in the all-namespaces list, taking [0] of the matches
# expect: KUB004 fixed
# known-miss: narrowed with a field selector (KUB005 fixed, safe) instead of a read: the namespace is not a literal, and a read could differ where it is None or empty
from k8s_lint.runtime import read_or_raise
from kubernetes import client


def service_account(core: client.CoreV1Api, namespace: str, account: str):
    return read_or_raise(
        IndexError("list index out of range"),
        core.read_namespaced_service_account,
        name=account,
        namespace=namespace,
    )


def lookup(api, namespace, name):
    return service_account(api, namespace, name)
