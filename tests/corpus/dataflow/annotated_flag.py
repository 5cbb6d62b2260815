# proves: found: Optional[V1Job] = None stays (it declares the type); the loop becomes the read
# expect: KUB001 fixed

from typing import Optional


def lookup(api, namespace, name):
    found: Optional[object] = None
    for job in api.list_namespaced_job(namespace).items:
        if job.metadata.name == name:
            found = job
            break
    return found
