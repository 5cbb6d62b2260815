"""The list methods k8s-lint knows, each with the read that replaces it.

Built-in kinds come from ``kind_table.py``, generated from the installed
``kubernetes`` client by ``scripts/generate_kind_table.py``.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .kind_table import KINDS

NAMESPACED, CLUSTER, ALL_NAMESPACES = "namespaced", "cluster", "all-namespaces"
CUSTOM, DYNAMIC = "custom", "dynamic"
# list_cluster_custom_object lists a cluster-scoped resource, or a namespaced
# one across every namespace: which, the code does not say, so only a field
# selector (never a read) keeps its results.
CUSTOM_CLUSTER = "custom-cluster"
# list_custom_object_for_all_namespaces: a namespaced custom resource in every
# namespace, read where the search tests the namespace too.
CUSTOM_ALL_NAMESPACES = "custom-all-namespaces"
# Every scope, in the order the docs list them, with what its lists hold.
SCOPES = {
    NAMESPACED: "one namespace",
    CLUSTER: "cluster-scoped kinds",
    ALL_NAMESPACES: "every namespace",
    CUSTOM: "custom objects in one namespace",
    CUSTOM_ALL_NAMESPACES: "custom objects in every namespace",
    CUSTOM_CLUSTER: "custom objects, cluster-scoped or in every namespace",
    DYNAMIC: "the dynamic client's `resource.get()`",
}
# The scopes whose items are dicts (CustomObjectsApi).
DICT_SCOPES = frozenset({CUSTOM, CUSTOM_CLUSTER, CUSTOM_ALL_NAMESPACES})
# List parameters that a read names otherwise.
READ_NAMES = {"resource_plural": "plural"}


class ListMethod(NamedTuple):
    """A client method that lists objects, and the method that reads one."""

    list_method: str
    read_method: str
    kind: str
    # The RBAC resource and API groups, for the "now needs get" advice.
    resource: str
    groups: tuple[str, ...]
    # NAMESPACED, CLUSTER, ALL_NAMESPACES (read needs the namespace from the
    # search), CUSTOM (CustomObjectsApi: dict items, group/plural arguments)
    # or DYNAMIC (the dynamic client's get(), which reads when given a name).
    scope: str
    # Positional parameters of the list method, in order: a positional
    # argument of the list call becomes this keyword of the read.
    positional: tuple[str, ...]

    @property
    def rbac_resources(self) -> list[str]:
        """``resource.group`` names as ``kubectl auth can-i`` spells them."""
        return [f"{self.resource}.{g}" if g else self.resource for g in self.groups]


_CUSTOM = (
    ListMethod(
        "list_namespaced_custom_object",
        "get_namespaced_custom_object",
        "object",
        "<plural>",
        ("<group>",),
        CUSTOM,
        ("group", "version", "namespace", "plural"),
    ),
    ListMethod(
        "list_cluster_custom_object",
        "get_cluster_custom_object",
        "object",
        "<plural>",
        ("<group>",),
        CUSTOM_CLUSTER,
        ("group", "version", "plural"),
    ),
    ListMethod(
        "list_custom_object_for_all_namespaces",
        "get_namespaced_custom_object",
        "object",
        "<plural>",
        ("<group>",),
        CUSTOM_ALL_NAMESPACES,
        ("group", "version", "plural"),  # the list calls the last resource_plural
    ),
)

# kubernetes.dynamic: ``resource.get(namespace=ns)`` lists, and the same call
# with ``name=`` reads; recognised only in files that mention the dynamic client
# or look a resource up the way only it does (``.resources.get(api_version=...)``,
# in code handed a client made elsewhere).
DYNAMIC_GET = ListMethod("get", "get", "object", "<resource>", ("<group>",), DYNAMIC, ())
# The keywords of a dynamic client's list: ``resource.get(namespace=...)``.
DYNAMIC_LIST_KEYWORDS = frozenset(
    {"namespace", "label_selector", "field_selector", "limit", "_continue", "_request_timeout"}
)
DYNAMIC_MARKERS = ("DynamicClient", "kubernetes.dynamic", "import dynamic", "resources.get(")

LIST_METHODS: dict[str, ListMethod] = {
    m.list_method: m for m in (*(ListMethod(*row) for row in KINDS), *_CUSTOM)
}

# Text that every file with a list call contains; files without it are
# skipped before parsing (the flake8 plugin's hot path).
PREFILTER = "list_"
# A call of a list method on something: ``.list_namespaced_job(``.  Files
# that only define such methods (the client's own sources) don't match.
_LIST_CALL = re.compile(r"\.\s*(list_\w+)\s*\(")


class Marks(NamedTuple):
    """What a file's text shows before any parsing."""

    lists: bool  # it calls a known list method
    gets: bool  # it calls some ``.get(`` (a dynamic client's list, maybe)


def marks(text: str) -> Marks:
    """The text's marks, one scan each.  Remembered for the last text: a run
    asks them of every file twice (the lookup test and the project index's),
    and the scans are most of what a file without the client costs."""
    global _last
    if _last[0] is not text:
        lists = PREFILTER in text and any(
            m.group(1) in LIST_METHODS for m in _LIST_CALL.finditer(text)
        )
        _last = (text, Marks(lists, ".get(" in text))
    return _last[1]


_last: tuple[str, Marks] = ("", Marks(False, False))


def may_list(code: str) -> bool:
    """Whether a piece of code (a function) may call a list method or a
    dynamic client's ``get``: the cheap test before summarising it."""
    return ".list_" in code or ".get(" in code
