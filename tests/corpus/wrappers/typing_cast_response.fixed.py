# proves: typing.cast() spelt out around the items, with no `from typing import cast`, is the library's cast: a lookup
# expect: KUB002 fixed
import typing

from k8s_lint.runtime import exists


def lookup(api, namespace, name):
    return exists(api.read_node, name=name)
