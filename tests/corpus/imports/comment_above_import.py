# proves: a comment above an import stays with it: the helper import goes above the comment, as isort moves them together
# expect: KUB001 fixed

import os

# The generated client, pinned in requirements.txt.
from kubernetes import client

TIMEOUT = int(os.environ.get("K8S_TIMEOUT", "30"))


def lookup(api: client.CoreV1Api, namespace, name):
    services = api.list_namespaced_service(namespace, _request_timeout=TIMEOUT).items
    return [s for s in services if s.metadata.name == name]
