# proves: typing.cast() changes nothing at run time: the comprehension over its result is a lookup
# expect: KUB001 fixed
from typing import cast

from k8s_lint.runtime import items_named


def lookup(api, namespace, name):
    secrets = cast(
        "list",
        items_named(
            api.read_namespaced_secret, name=name, namespace=namespace
        ),
    )
    matches = [s for s in secrets if s.metadata.name == name]
    return matches[0] if matches else None
