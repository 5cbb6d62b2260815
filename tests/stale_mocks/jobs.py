"""The code under test in tests/test_stale_mocks.py: two lookups that `fix`
replaces with a read, and one it narrows with a field selector (KUB005),
which keeps listing."""

from typing import Any


def job_exists(batch: Any, name: str, namespace: str) -> bool:
    return any(j.metadata.name == name for j in batch.list_namespaced_job(namespace).items)


def service_account(core: Any, name: str, namespace: str) -> Any:
    for account in core.list_namespaced_service_account(namespace).items:
        if account.metadata.name == name:
            return account
    return None


def labelled_pod_exists(core: Any, name: str, namespace: str, selector: str) -> bool:
    pods = core.list_namespaced_pod(namespace, label_selector=selector).items
    return any(p.metadata.name == name for p in pods)
