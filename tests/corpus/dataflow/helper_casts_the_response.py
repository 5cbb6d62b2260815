# proves: a helper that casts the response for the type checker and returns its items: the cast keeps membership, so the call is inlined and the search fixed
# expect: KUB001 fixed

from typing import cast


def _services(core, namespace):
    response = cast("V1ServiceList", core.list_namespaced_service(namespace))
    return response.items


def lookup(api, namespace, name):
    return next((s for s in _services(api, namespace) if s.metadata.name == name), None)
