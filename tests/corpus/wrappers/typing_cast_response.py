# proves: typing.cast() spelt out around the items, with no `from typing import cast`, is the library's cast: a lookup
# expect: KUB002 fixed
import typing


def lookup(api, namespace, name):
    nodes = typing.cast("list", api.list_node().items)
    return any(node.metadata.name == name for node in nodes)
