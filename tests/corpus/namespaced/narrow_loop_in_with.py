# proves: a loop inside `with`, the fallback after the block: the read runs where the list ran
# expect: KUB001 fixed
import threading

LOCK = threading.Lock()


def lookup(api, namespace, name):
    with LOCK:
        for sa in api.list_namespaced_service_account(namespace).items:
            if sa.metadata.name == name:
                return sa
    return None
