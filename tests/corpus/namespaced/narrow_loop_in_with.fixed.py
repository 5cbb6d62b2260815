# proves: a loop inside `with`, the fallback after the block: the read runs where the list ran
# expect: KUB001 fixed
import threading

from k8s_lint.runtime import items_named

LOCK = threading.Lock()


def lookup(api, namespace, name):
    with LOCK:
        for sa in items_named(
            api.read_namespaced_service_account, name=name, namespace=namespace
        ):
            if sa.metadata.name == name:
                return sa
    return None
