# proves: typing.cast() changes nothing at run time: the comprehension over its result is a lookup
# expect: KUB001 fixed
from typing import cast


def lookup(api, namespace, name):
    secrets = cast("list", api.list_namespaced_secret(namespace).items)
    matches = [s for s in secrets if s.metadata.name == name]
    return matches[0] if matches else None
