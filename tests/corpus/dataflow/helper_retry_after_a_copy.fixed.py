# proves: a helper whose retry binds again a local that first held a copy of the list (or a cast of it): the same source either way, so the helper is summarised and its caller fixed
# expect: KUB001 fixed

import typing

from k8s_lint.runtime import read_or_none


def _secrets(core, namespace):
    listed = typing.cast("V1SecretList", core.list_namespaced_secret(namespace))
    response = listed
    for attempt in range(3):
        response = core.list_namespaced_secret(namespace)
    return response.items


def lookup(api, namespace, name):
    return read_or_none(
        api.read_namespaced_secret, name=name, namespace=namespace
    )
