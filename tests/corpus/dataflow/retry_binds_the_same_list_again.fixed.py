# proves: a retry that binds the same list call again gives one source of items: both calls are narrowed where they run (the first keeps its list verb, since its handler goes on to retry); their fixes differ, so each call keeps its own finding
# expect: KUB005 fixed
# expect: KUB001 fixed
import time

from k8s_lint.runtime import items_named, name_selector
from kubernetes.client.rest import ApiException


def pod_exists(api, namespace, name):
    try:
        pods = api.list_namespaced_pod(
            namespace, field_selector=name_selector(name)
        ).items
    except ApiException as error:
        if error.status != 500:
            raise
        time.sleep(0)
        pods = items_named(
            api.read_namespaced_pod, name=name, namespace=namespace
        )
    for pod in pods:
        if pod.metadata.name == name:
            return True
    return False


def lookup(api, namespace, name):
    return pod_exists(api, namespace, name)
