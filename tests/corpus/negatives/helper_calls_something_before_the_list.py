# proves: a helper whose returned expression calls something before it reads the local holding the list (here cast()'s type argument, evaluated first) is not the list call written in the local's place: inlining would run that call before the list, so it is not followed
# expect: clean
from typing import cast


def type_name(kind):
    print("resolving", kind)
    return "V1PodList"


def _pods(api, namespace):
    response = api.list_namespaced_pod(namespace)
    return cast(type_name("pod"), response)


def lookup(api, namespace, name):
    for pod in _pods(api, namespace).items:
        if pod.metadata.name == name:
            return pod
    return None
