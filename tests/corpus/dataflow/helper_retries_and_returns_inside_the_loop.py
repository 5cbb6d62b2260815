# proves: a helper whose retry loop returns the list call's items from inside its try (every return the same call): the caller's search is reported, naming the helper, and not fixed (the retries would go)
# expect: KUB001 not fixed: which does more than return the list

import time

from kubernetes.client.exceptions import ApiException


def list_role_bindings(rbac, namespace):
    tries = 0
    while True:
        try:
            return rbac.list_namespaced_role_binding(namespace).items
        except ApiException as err:
            tries += 1
            if tries >= 3 or err.status not in (500, 502, 503):
                raise
            time.sleep(0)


def lookup(api, namespace, name):
    for rb in list_role_bindings(api, namespace):
        if rb.metadata.name == name:
            return rb
    return None
