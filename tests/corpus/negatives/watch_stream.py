# proves: a watch stream passes the list method without calling it
# expect: clean

from kubernetes import watch


def lookup(batch, namespace, name):
    for event in watch.Watch().stream(batch.list_namespaced_job, namespace, timeout_seconds=1):
        if event["object"].metadata.name == name:
            return True
    return False
