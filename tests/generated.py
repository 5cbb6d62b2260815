"""The generated space (issue 17, item 6): lookups composed from their axes.

A lookup lists every object of a kind and searches the list for one name.
Each axis below is one way real code varies that: the client, the kind's
scope, where the list comes from, what wraps it, how it is searched, how
the name is read, what guards the test, what the match is used for, and
what surrounds the search.  ``build`` composes one value of every axis into
a whole module that defines ``lookup(api, namespace, name)`` (the harness's
entry point, as in the corpus), and ``sample`` draws a reproducible subset
of the product: it is far too large to run whole.

The ``trap`` axis turns a program into one a fix must not change the way
it would change a lookup: a prefix or case-insensitive match, a list
selected by label (a read would ignore the label: only a field selector
keeps it), a list also used for something else, a handler that turns list
errors into "absent" (a read would turn a refused ``get`` into a wrong
answer), a name type with its own ``__eq__``.

``evaluate`` runs one program as ``tests/test_corpus.py`` runs the corpus:
the original against the fake cluster in every state (which also checks
that the generator wrote what it claims), then ``lint_text`` and
``fix_text`` (safe, and with unsafe fixes), and each fixed text before and
after in every state with ``same_outcome``.  The generator was written
from the README's description of what is found and fixed (now in docs/), never from the
analysis: it measures the analysis and must not be shaped by it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import random
import re
import subprocess
import sys
import tempfile
import zlib
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from fake_api import NAMESPACE, STATES, TARGET, AsyncFakeApi, FakeApi, State, outcome, same_outcome

from k8s_lint.engine import fix_text, lint_text

AXES: dict[str, tuple[str, ...]] = {
    "client": ("sync", "async", "dynamic"),
    "scope": ("namespaced", "cluster", "custom", "custom-cluster", "all-namespaces"),
    "source": ("inline", "local", "helper-items", "helper-response", "method", "tuple"),
    "wrapper": ("none", "sorted", "list", "cast", "or-empty", "unpack"),
    "form": ("for-if", "for-else", "next", "any", "comprehension", "filter", "dict", "names"),
    "name": ("attr", "getattr", "local", "to-dict", "subscript", "get-chain"),
    "guard": ("none", "truthy", "is-not-none"),
    "use": ("exists", "object", "field", "raise"),
    "surround": ("none", "try", "with", "class", "retry"),
    "trap": (
        "none",
        "prefix",
        "lower",
        "label-selector",
        "reused",
        "swallow",
        "name-type",
        "str-name-type",
    ),
}
TRAPS = AXES["trap"][1:]
# Traps a fix may still narrow with a field selector, keeping the list call:
# the label selector stays, and so do the list's errors.
SELECTOR_TRAPS = ("label-selector", "swallow")
# Sources whose list comes from a function or method the search calls: a
# fix at the search no longer calls it (a test may patch it), so the best
# fix there is unsafe.
CALLED_SOURCES = ("helper-items", "helper-response", "method", "tuple")


class Kind(NamedTuple):
    singular: str  # variables and function names: job, job_name, find_job
    title: str  # docstrings and messages: Job
    api: str  # the API object's parameter: batch
    api_class: str  # its class, in annotations
    model: str  # an item's type, in annotations and cast()
    method: str  # the list method
    api_version: str = ""  # the dynamic client's resource
    group: str = ""  # custom objects: group, version and plural
    version: str = ""
    resource: str = ""

    @property
    def plural(self) -> str:
        return self.singular + ("es" if self.singular.endswith("s") else "s")

    @property
    def titles(self) -> str:
        return self.title + ("es" if self.title.endswith("s") else "s")


def _typed(singular: str, title: str, api: str, api_class: str, method: str, version: str) -> Kind:
    return Kind(singular, title, api, api_class, f"V1{title}", method, version)


def _custom(singular: str, title: str, scope: str, group: str, version: str) -> Kind:
    method = "list_cluster_custom_object" if scope == "cluster" else "list_namespaced_custom_object"
    return Kind(
        singular,
        title,
        api="custom",
        api_class="CustomObjectsApi",
        model="dict[str, Any]",
        method=method,
        group=group,
        version=version,
        resource=title.lower() + "s",
    )


# A table, one kind a row.
# fmt: off
KINDS: dict[str, tuple[Kind, ...]] = {
    "namespaced": (
        _typed("job", "Job", "batch", "BatchV1Api", "list_namespaced_job", "batch/v1"),
        _typed("pod", "Pod", "core", "CoreV1Api", "list_namespaced_pod", "v1"),
        _typed("config_map", "ConfigMap", "core", "CoreV1Api", "list_namespaced_config_map", "v1"),
        _typed("secret", "Secret", "core", "CoreV1Api", "list_namespaced_secret", "v1"),
        _typed("service", "Service", "core", "CoreV1Api", "list_namespaced_service", "v1"),
        _typed("deployment", "Deployment", "apps", "AppsV1Api", "list_namespaced_deployment",
               "apps/v1"),
    ),
    "cluster": (
        _typed("namespace", "Namespace", "core", "CoreV1Api", "list_namespace", "v1"),
        _typed("node", "Node", "core", "CoreV1Api", "list_node", "v1"),
        _typed("volume", "PersistentVolume", "core", "CoreV1Api", "list_persistent_volume", "v1"),
        _typed("storage_class", "StorageClass", "storage", "StorageV1Api", "list_storage_class",
               "storage.k8s.io/v1"),
        _typed("cluster_role", "ClusterRole", "rbac", "RbacAuthorizationV1Api", "list_cluster_role",
               "rbac.authorization.k8s.io/v1"),
    ),
    "custom": (
        _custom("cron_tab", "CronTab", "namespaced", "stable.example.com", "v1"),
        _custom("workflow", "Workflow", "namespaced", "argoproj.io", "v1alpha1"),
        _custom("certificate", "Certificate", "namespaced", "cert-manager.io", "v1"),
    ),
    "custom-cluster": (
        _custom("issuer", "ClusterIssuer", "cluster", "cert-manager.io", "v1"),
        _custom("template", "ClusterWorkflowTemplate", "cluster", "argoproj.io", "v1alpha1"),
    ),
    "all-namespaces": (
        _typed("pod", "Pod", "core", "CoreV1Api", "list_pod_for_all_namespaces", "v1"),
        _typed("job", "Job", "batch", "BatchV1Api", "list_job_for_all_namespaces", "batch/v1"),
        _typed("deployment", "Deployment", "apps", "AppsV1Api",
               "list_deployment_for_all_namespaces", "apps/v1"),
        _typed("service", "Service", "core", "CoreV1Api", "list_service_for_all_namespaces", "v1"),
    ),
}
# fmt: on

# What the code is for, in its module docstring.
PURPOSES = (
    "the nightly ETL scheduler",
    "the deploy tool",
    "the tenant operator",
    "the CI gate",
    "the cleanup job",
    "the notebook spawner",
)

# Combinations that are not valid code for the fake cluster, or that say
# nothing a neighbouring combination does not: why, the axes the rule reads,
# and the rule.
INVALID: tuple[tuple[str, tuple[str, ...], Callable[[dict[str, str]], bool]], ...] = (
    (
        "the dynamic client serves custom resources as any other kind",
        ("client", "scope"),
        lambda a: a["client"] == "dynamic" and a["scope"].startswith("custom"),
    ),
    (
        "custom objects are dicts",
        ("scope", "name"),
        lambda a: a["scope"].startswith("custom") and a["name"] in ("attr", "getattr", "to-dict"),
    ),
    (
        "typed and dynamic items are objects",
        ("scope", "name"),
        lambda a: not a["scope"].startswith("custom") and a["name"] in ("subscript", "get-chain"),
    ),
    (
        "the fake's dynamic items have no to_dict()",
        ("client", "name"),
        lambda a: a["client"] == "dynamic" and a["name"] == "to-dict",
    ),
    (
        "a local name is bound in a loop's body",
        ("name", "form"),
        lambda a: a["name"] == "local" and a["form"] not in ("for-if", "for-else"),
    ),
    (
        "any() and a list of names only tell whether it exists",
        ("form", "use"),
        lambda a: a["form"] in ("any", "names") and a["use"] in ("object", "field"),
    ),
    (
        "a method that lists makes a class already",
        ("source", "surround"),
        lambda a: a["source"] == "method" and a["surround"] == "class",
    ),
    (
        "a dict keyed by name matches no prefix, and a name type of its own is no key",
        ("form", "trap"),
        lambda a: a["form"] == "dict" and a["trap"] in ("prefix", "name-type", "str-name-type"),
    ),
    (
        "across namespaces names are paired with namespaces, not matched by prefix or case",
        ("scope", "form", "trap"),
        lambda a: (
            a["scope"] == "all-namespaces"
            and a["form"] in ("dict", "names")
            and a["trap"] in ("prefix", "lower")
        ),
    ),
    (
        "a list reused is kept in a local",
        ("source", "trap"),
        lambda a: a["trap"] == "reused" and a["source"] != "local",
    ),
    (
        "a handler that swallows errors is the try around the search",
        ("surround", "trap"),
        lambda a: a["trap"] == "swallow" and a["surround"] in ("try", "retry"),
    ),
)


def valid(axes: dict[str, str]) -> bool:
    return not any(invalid(axes) for _, _, invalid in INVALID)


def space_size() -> tuple[int, int]:
    """(valid programs, all combinations) in the product of the axes."""
    named = [axis for axis in AXES if any(axis in read for _, read, _ in INVALID)]
    free = math.prod(len(AXES[axis]) for axis in AXES if axis not in named)
    # Each rule is checked as soon as every axis it reads has a value.
    due: dict[str, list[Callable[[dict[str, str]], bool]]] = {axis: [] for axis in named}
    for _, read, invalid in INVALID:
        due[max(read, key=named.index)].append(invalid)

    def count(depth: int, chosen: dict[str, str]) -> int:
        if depth == len(named):
            return 1
        axis, total = named[depth], 0
        for value in AXES[axis]:
            chosen[axis] = value
            if not any(invalid(chosen) for invalid in due[axis]):
                total += count(depth + 1, chosen)
        del chosen[axis]
        return total

    return count(0, {}) * free, math.prod(len(values) for values in AXES.values())


class Program(NamedTuple):
    id: str  # the axis values, in AXES order, joined by "/"
    axes: dict[str, str]
    source: str
    trap: str | None
    lookup: bool  # a search for one exact name: it should be flagged
    fix: str  # the best fix that keeps behaviour: "safe", "unsafe" or "none"
    reads_allowed: bool  # whether that fix may read (else it keeps the list verb)


# How each axis is written.  Placeholders: {x} an item, {items} the items,
# {field} name or namespace, {cond} the test, {wanted} the name searched for.

NAME_OF = {
    "attr": "{x}.metadata.{field}",
    "getattr": 'getattr({x}.metadata, "{field}", None)',
    "to-dict": '{x}.to_dict()["metadata"]["{field}"]',
    "subscript": '{x}["metadata"]["{field}"]',
    "get-chain": '{x}.get("metadata", {{}}).get("{field}")',
}
# A guard before the name test: on the metadata of an object, or of a dict.
GUARDS = {
    "truthy": ("{x}.metadata", '{x}.get("metadata")'),
    "is-not-none": ("{x}.metadata is not None", '{x}.get("metadata") is not None'),
}
# The same guard as a loop's first statement (before a local name).
SKIPS = {"truthy": "if not {meta}:", "is-not-none": "if {meta} is None:"}
TESTS = {
    "exact": "{name} == {wanted}",
    "prefix": "{name}.startswith({wanted})",
    "lower": "{name}.lower() == {wanted}.lower()",
}
WRAPPERS = {
    "none": "{items}",
    "sorted": "sorted({items}, key=lambda item: {key})",
    "list": "list({items})",
    "cast": 'cast("list[{model}]", {items})',
    "or-empty": "{items} or []",
    "unpack": "[*{items}]",
}
LABELS = {"object": "{x}.metadata.labels", "dict": '{x}["metadata"].get("labels", {{}})'}
# What a search returns for the match, and when there is none ({missing}:
# the raise statement of the "raise" use).
FOUND = {"exists": "True", "object": "{x}", "field": "{labels}", "raise": "{x}"}
MISSING = {
    "exists": "return False",
    "object": "return None",
    "field": "return None",
    "raise": "{missing}",
}


class MatchForm(NamedTuple):
    bind: str  # binds the match (or matches) from {items}
    truth: str  # the match exists, as a condition
    present: str  # the same, as the returned bool
    absent: str
    match: str  # the match, where it exists
    get: str  # the match or None


# fmt: off
MATCH_FORMS = {
    "next": MatchForm(
        "found = next(({x} for {x} in {items} if {cond}), None)",
        "found is not None", "found is not None", "found is None", "found", "found",
    ),
    "filter": MatchForm(
        "found = next(filter(lambda {x}: {cond}, {items}), None)",
        "found is not None", "found is not None", "found is None", "found", "found",
    ),
    "comprehension": MatchForm(
        "matches = [{x} for {x} in {items} if {cond}]",
        "matches", "len(matches) > 0", "not matches", "matches[0]",
        "matches[0] if matches else None",
    ),
    "dict": MatchForm(
        "by_name = {{{key}: {x} for {x} in {items}{where}}}",
        "{wanted} in by_name", "{wanted} in by_name", "{wanted} not in by_name",
        "by_name[{wanted}]", "by_name.get({wanted})",
    ),
}
# fmt: on
# Forms that only say whether it exists: (binding, exists, is missing).
BOOL_FORMS = {
    "any": ("", "any({cond} for {x} in {items})", "not any({cond} for {x} in {items})"),
    "names": (
        "names = [{key} for {x} in {items}{where}]",
        "{wanted} in names",
        "{wanted} not in names",
    ),
}
LOOP_FORMS = {
    "for-if": (
        "for {x} in {items}:",
        "{pre}",
        "    if {cond}:",
        "        return {found}",
        "{miss}",
    ),
    "for-else": (
        "for {x} in {items}:",
        "{pre}",
        "    if {cond}:",
        "        break",
        "else:",
        "    {miss}",
        "return {found}",
    ),
}

NAME_TYPES = {
    "name-type": '''class ReleaseName:
    """A Helm release's name: equal to the object names it stands for, in any case."""

    def __init__(self, value: str) -> None:
        self.value = value

    def __eq__(self, other: object) -> bool:
        if isinstance(other, ReleaseName):
            other = other.value
        return isinstance(other, str) and other.lower() == self.value.lower()

    def __hash__(self) -> int:
        return hash(self.value.lower())

    def __repr__(self) -> str:
        return f"ReleaseName({self.value!r})"''',
    "str-name-type": '''class ReleaseName(str):
    """A Helm release's name: equal to the object names it stands for, in any case."""

    def __eq__(self, other: object) -> bool:
        return isinstance(other, str) and other.lower() == self.lower()

    def __hash__(self) -> int:
        return hash(self.lower())''',
}
METHOD_NAMES = {"exists": "exists", "object": "find", "field": "labels", "raise": "require"}
FUNCTION_NAMES = {
    "exists": "{}_exists",
    "object": "find_{}",
    "field": "{}_labels",
    "raise": "require_{}",
}
API_CALL = '''@contextmanager
def api_call(operation: str) -> Iterator[None]:
    """Log how long a call to the API server took."""
    started = time.monotonic()
    try:
        yield
    finally:
        log.debug("%s took %.3fs", operation, time.monotonic() - started)'''


def _indent(lines: Sequence[str], levels: int = 1) -> list[str]:
    return [("    " * levels + line) if line else line for line in lines]


class _Writer:
    """Writes one program: each method writes one axis's part of it."""

    def __init__(self, axes: dict[str, str]) -> None:
        self.a = axes
        self.id = "/".join(axes.values())
        digest = zlib.crc32(self.id.encode())
        kinds = KINDS[axes["scope"]]
        self.kind = k = kinds[digest % len(kinds)]
        self.purpose = PURPOSES[digest % len(PURPOSES)]
        self.dicts = axes["scope"].startswith("custom")
        self.dynamic = axes["client"] == "dynamic"
        self.is_async = axes["client"] == "async"
        self.has_namespace = axes["scope"] in ("namespaced", "custom", "all-namespaces")
        self.lists_namespace = axes["scope"] in ("namespaced", "custom")
        self.in_class = axes["surround"] == "class" or axes["source"] == "method"
        self.trap = axes["trap"]
        self.api = "dyn" if self.dynamic else k.api
        self.api_ref = f"self.{self.api}" if self.in_class else self.api
        self.ns_ref = "self.namespace" if self.in_class else "namespace"
        self.name_param = f"{k.singular}_name"
        self.wanted = "wanted" if self.trap.endswith("name-type") else self.name_param
        self.sizes = "self.sizes" if self.in_class else "sizes"
        self.x = k.singular
        self.stdlib: set[str] = set()
        self.third_party: set[str] = set()
        self.definitions: list[str] = []  # module-level, before the search
        self.methods: list[str] = []  # of the class, before the search

    # The list call and where it comes from.

    def annotation(self) -> str:
        if self.dynamic:
            self.third_party.add("from kubernetes.dynamic import DynamicClient")
            return "DynamicClient"
        package = "kubernetes_asyncio" if self.is_async else "kubernetes"
        self.third_party.add(f"from {package} import client")
        return f"client.{self.kind.api_class}"

    def call(self, api: str, namespace: str, resource: str | None = None) -> str:
        """The list call (awaited in async code); the dynamic client's is on
        ``resource``, or on one looked up in the same expression."""
        k, scope = self.kind, self.a["scope"]
        selector = ['label_selector="app=etl"'] if self.trap == "label-selector" else []
        if self.dynamic:
            if resource is None:
                resource = f'{api}.resources.get(api_version="{k.api_version}", kind="{k.title}")'
            arguments = [f"namespace={namespace}"] if scope == "namespaced" else []
            return f"{resource}.get({', '.join(arguments + selector)})"
        if scope == "custom":
            arguments = ["GROUP", "VERSION", namespace, "PLURAL"]
        elif scope == "custom-cluster":
            arguments = ["GROUP", "VERSION", "PLURAL"]
        else:
            arguments = [namespace] if scope == "namespaced" else []
        call = f"{api}.{k.method}({', '.join(arguments + selector)})"
        return f"await {call}" if self.is_async else call

    def items_of(self, response: str) -> str:
        if response.startswith("await "):
            response = f"({response})"
        return f'{response}["items"]' if self.dicts else f"{response}.items"

    def wrap(self, items: str) -> str:
        wrapper = self.a["wrapper"]
        model = self.kind.model if self.dicts else f"client.{self.kind.model}"
        if wrapper == "cast":
            self.stdlib.add("from typing import cast")
            if self.dicts:
                self.stdlib.add("from typing import Any")
            if self.dynamic:
                self.third_party.add("from kubernetes.dynamic.resource import ResourceField")
                model = "ResourceField"
        return WRAPPERS[wrapper].format(items=items, key=self.access("item", "name"), model=model)

    def helper_parameters(self) -> tuple[str, str]:
        """The helper's parameters, and the arguments the search passes."""
        parameters = [f"{self.api}: {self.annotation()}"]
        arguments = [self.api_ref]
        if self.lists_namespace:
            parameters.append("namespace: str")
            arguments.append(self.ns_ref)
        return ", ".join(parameters), ", ".join(arguments)

    def returns(self, items: bool) -> str:
        if self.dynamic:
            return ""
        if self.dicts:
            self.stdlib.add("from typing import Any")
            return " -> list[dict[str, Any]]" if items else " -> dict[str, Any]"
        if not items:
            return f" -> client.{self.kind.model}List"
        return f" -> list[client.{self.kind.model}]"

    def source(self) -> tuple[list[str], str]:
        """Statements that get the items, and the expression the search reads them from."""
        k, source = self.kind, self.a["source"]
        define = "async def" if self.is_async else "def"
        await_ = "await " if self.is_async else ""
        where = {
            "all-namespaces": "in every namespace",
            "cluster": "in the cluster",
            "custom-cluster": "in the cluster",
        }.get(self.a["scope"], "in the namespace")
        if source in ("inline", "local"):
            prelude = []
            resource = None
            if self.dynamic:
                resource = f"{k.plural}_resource"
                prelude.append(
                    f"{resource} = {self.api_ref}.resources.get("
                    f'api_version="{k.api_version}", kind="{k.title}")'
                )
            items = self.items_of(self.call(self.api_ref, self.ns_ref, resource))
            if source == "inline":
                return prelude, self.wrap(items)
            prelude.append(f"{k.plural} = {self.wrap(items)}")
            if self.trap == "reused":
                prelude.append(f'{self.sizes}["{k.plural}"] = len({k.plural})')
            return prelude, k.plural
        if source in ("helper-items", "helper-response"):
            parameters, arguments = self.helper_parameters()
            of_items = source == "helper-items"
            response = self.call(self.api, "namespace")
            self.definitions.append(
                f"{define} list_{k.plural}({parameters}){self.returns(of_items)}:\n"
                f'    """Every {k.title} {where}."""\n'
                f"    return {self.items_of(response) if of_items else response}"
            )
            call = f"{await_}list_{k.plural}({arguments})"
            return [], self.wrap(call if of_items else self.items_of(call))
        if source == "method":
            self.methods.append(
                f"{define} _{k.plural}(self){self.returns(True)}:\n"
                f"    return {self.items_of(self.call(self.api_ref, self.ns_ref))}"
            )
            return [], self.wrap(f"{await_}self._{k.plural}()")
        # A (result, error) pair, as the rest of such a module reports failures.
        self.third_party.add("from kubernetes.client.exceptions import ApiException")
        parameters, arguments = self.helper_parameters()
        self.definitions.append(
            f"{define} fetch_{k.plural}({parameters}):\n"
            f'    """Every {k.title} {where}, and the error that stopped the listing."""\n'
            "    try:\n"
            f"        response = {self.call(self.api, 'namespace')}\n"
            "    except ApiException as error:\n"
            "        return [], error\n"
            f"    return {self.items_of('response')}, None"
        )
        failed = (
            [f'    log.warning("cannot list {k.titles}: %s", error)', f"    {self.absent()}"]
            if self.trap == "swallow"
            else ["    raise error"]
        )
        if self.trap == "swallow":
            self.stdlib.add("import logging")
        prelude = [
            f"{k.plural}, error = {await_}fetch_{k.plural}({arguments})",
            "if error is not None:",
            *failed,
        ]
        return prelude, self.wrap(k.plural)

    # The search.

    def access(self, x: str, field: str) -> str:
        style = self.a["name"]
        if style == "local":
            style = "subscript" if self.dicts else "attr"
        return NAME_OF[style].format(x=x, field=field)

    def guard(self, x: str) -> str:
        guard = self.a["guard"]
        if guard == "none":
            return ""
        return GUARDS[guard][self.dicts].format(x=x)

    def test(self, name: str) -> str:
        test = self.trap if self.trap in ("prefix", "lower") else "exact"
        return TESTS[test].format(name=name, wanted=self.wanted)

    def condition(self, x: str, name: str, guarded: bool = True) -> str:
        parts = [self.guard(x)] if guarded and self.guard(x) else []
        parts.append(self.test(name))
        if self.a["scope"] == "all-namespaces":
            parts.append(f"{self.access(x, 'namespace')} == {self.ns_ref}")
        return " and ".join(parts)

    def key(self, x: str) -> tuple[str, str]:
        """A name list's or dict's key for an item, and the one looked for."""
        name = self.access(x, "name")
        if self.trap == "lower":
            return f"{name}.lower()", f"{self.wanted}.lower()"
        if self.a["scope"] == "all-namespaces":
            return f"({self.access(x, 'namespace')}, {name})", f"({self.ns_ref}, {self.wanted})"
        return name, self.wanted

    def labels(self, x: str) -> str:
        return LABELS["dict" if self.dicts else "object"].format(x=x)

    def missing(self) -> str:
        k = self.kind
        where = f" in {{{self.ns_ref}}}" if self.has_namespace else ""
        return f'raise LookupError(f"{k.title} {{{self.name_param}!r}} not found{where}")'

    def absent(self) -> str:
        return "return False" if self.a["use"] == "exists" else "return None"

    def search(self, items: str) -> list[str]:
        form, use, x = self.a["form"], self.a["use"], self.x
        missing = MISSING[use].format(missing=self.missing())
        in_comprehension = f"({items})" if " or " in items else items
        if form in LOOP_FORMS:
            pre: list[str] = []
            name = self.access(x, "name")
            guarded = True
            if self.a["name"] == "local":
                meta = f'{x}.get("metadata")' if self.dicts else f"{x}.metadata"
                if self.a["guard"] != "none":
                    pre += [SKIPS[self.a["guard"]].format(meta=meta), "    continue"]
                    guarded = False
                pre.append(f"current = {name}")
                name = "current"
            found = FOUND[use].format(x=x, labels=self.labels(x))
            lines = []
            for line in LOOP_FORMS[form]:
                if line == "{pre}":
                    lines += _indent(pre)
                    continue
                lines.append(
                    line.format(
                        x=x,
                        items=items,
                        cond=self.condition(x, name, guarded),
                        found=found,
                        miss=missing,
                    )
                )
            return lines
        key, wanted_key = self.key(x)
        where = f" if {self.guard(x)}" if self.guard(x) else ""
        if form in BOOL_FORMS:
            bind, exists, not_exists = BOOL_FORMS[form]
            if form == "names" and self.trap == "prefix":
                exists = f"any(n.startswith({self.wanted}) for n in names)"
                not_exists = f"not {exists}"
            fill = {
                "x": x,
                "items": in_comprehension,
                "cond": self.condition(x, self.access(x, "name")),
                "key": key,
                "where": where,
                "wanted": wanted_key,
            }
            lines = [bind.format(**fill)] if bind else []
            if use == "exists":
                return [*lines, f"return {exists.format(**fill)}"]
            return [*lines, f"if {not_exists.format(**fill)}:", f"    {missing}", "return True"]
        shape = MATCH_FORMS[form]
        fill = {
            "x": x,
            "items": items if form == "filter" else in_comprehension,
            "cond": self.condition(x, self.access(x, "name")),
            "key": key,
            "where": where,
            "wanted": wanted_key,
        }
        match = shape.match.format(**fill)
        lines = [shape.bind.format(**fill)]
        if use == "exists":
            return [*lines, f"return {shape.present.format(**fill)}"]
        if use == "object":
            return [*lines, f"return {shape.get.format(**fill)}"]
        if use == "field":
            truth = shape.truth.format(**fill)
            return [*lines, f"return {self.labels(match)} if {truth} else None"]
        return [*lines, f"if {shape.absent.format(**fill)}:", f"    {missing}", f"return {match}"]

    def surround(self, block: list[str]) -> list[str]:
        surround, k = self.a["surround"], self.kind
        if surround in ("try", "retry"):
            self.stdlib.add("import logging")
            self.third_party.add("from kubernetes.client.exceptions import ApiException")
        if surround == "try":
            return [
                "try:",
                *_indent(block),
                "except ApiException as error:",
                f'    log.warning("looking up {k.title} %s failed: %s", '
                f"{self.name_param}, error.reason)",
                "    raise",
            ]
        if surround == "with":
            self.stdlib |= {
                "import logging",
                "import time",
                "from collections.abc import Iterator",
                "from contextlib import contextmanager",
            }
            self.definitions.insert(0, API_CALL)
            return [f'with api_call("look up {k.title}"):', *_indent(block)]
        if surround == "retry":
            return [
                "for attempt in range(RETRIES):",
                "    try:",
                *_indent(block, 2),
                "    except ApiException as error:",
                "        if error.status is None or error.status < 500 or attempt == RETRIES - 1:",
                "            raise",
                f'        log.info("listing {k.titles} failed (%s), retrying", error.status)',
            ]
        return block

    def swallow(self, prelude: list[str], search: list[str]) -> list[str]:
        """A handler that turns list errors into "absent": around the listing
        where the items are kept, else around the whole search."""
        if self.trap != "swallow" or self.a["source"] == "tuple":
            return prelude + search
        self.stdlib.add("import logging")
        self.third_party.add("from kubernetes.client.exceptions import ApiException")
        handler = [
            "except ApiException as error:",
            f'    log.warning("cannot list {self.kind.titles}: %s", error.reason)',
            f"    {self.absent()}",
        ]
        if self.a["source"] == "local":
            return ["try:", *_indent(prelude), *handler, *search]
        return ["try:", *_indent(prelude + search), *handler]

    # The module.

    def docstring(self) -> str:
        text = self.summary()
        if self.trap == "reused":
            text += f"\n\n{self.kind.titles} are counted in ``sizes``."
            text = text.replace('"""\n\n', "\n\n") + '\n"""'
        return text

    def summary(self) -> str:
        k, use = self.kind, self.a["use"]
        name = f"``{self.name_param}``"
        if use == "exists":
            return f'"""Whether the {k.title} {name} exists."""'
        if use == "object":
            return f'"""The {k.title} named {name}, or None."""'
        if use == "field":
            return f'"""The labels of the {k.title} named {name}, or None when there is none."""'
        if self.a["form"] in BOOL_FORMS:
            return f'"""Fail unless the {k.title} {name} exists."""'
        return f'"""The {k.title} named {name}; LookupError when there is none."""'

    def function_name(self) -> str:
        use = self.a["use"]
        if self.in_class:
            return METHOD_NAMES[use]
        return FUNCTION_NAMES[use].format(self.kind.singular)

    def return_annotation(self) -> str:
        if self.a["use"] == "exists" or self.a["form"] in BOOL_FORMS:
            return " -> bool"
        if self.a["use"] == "raise" and not self.dynamic and not self.dicts:
            return f" -> client.{self.kind.model}"
        return ""

    def write(self) -> str:
        k = self.kind
        prelude, items = self.source()
        body = self.surround(self.swallow(prelude, self.search(items)))
        if self.trap.endswith("name-type"):
            self.definitions.insert(0, NAME_TYPES[self.trap])
            body = [f"wanted = ReleaseName({self.name_param})", *body]
        define = "async def" if self.is_async else "def"
        await_ = "await " if self.is_async else ""
        annotation = self.annotation()
        name = self.function_name()
        signature = f"{self.name_param}: str"
        if not self.in_class:
            parameters = [f"{self.api}: {annotation}"]
            if self.has_namespace:
                parameters.append("namespace: str")
            signature = ", ".join([*parameters, signature])
            if self.trap == "reused":
                signature += ", sizes: dict[str, int]"
        function = [
            f"{define} {name}({'self, ' if self.in_class else ''}{signature})"
            f"{self.return_annotation()}:",
            *_indent([*self.docstring().splitlines(), *body]),
        ]
        arguments = ["api", "namespace"] if self.has_namespace else ["api"]
        if self.in_class:
            init = [f"def __init__(self, {self.api}: {annotation}) -> None:"]
            if self.has_namespace:
                init[0] = init[0].replace(") ->", ", namespace: str) ->")
            init.append(f"    self.{self.api} = {self.api}")
            if self.has_namespace:
                init.append("    self.namespace = namespace")
            if self.trap == "reused":
                init.append("    self.sizes: dict[str, int] = {}")
            members = [init, *(m.splitlines() for m in self.methods), function]
            lines = [f"class {k.title}Finder:", f'    """Finds {k.titles} by name."""']
            for member in members:
                lines += ["", *_indent(member)]
            searcher = "\n".join(lines)
            call = f"{k.title}Finder({', '.join(arguments)})"
            if self.trap == "reused":
                entry = [f"finder = {call}", f"return {await_}finder.{name}(name), finder.sizes"]
            else:
                entry = [f"return {await_}{call}.{name}(name)"]
        else:
            searcher = "\n".join(function)
            call = f"{name}({', '.join([*arguments, 'name'])}"
            if self.trap == "reused":
                entry = [
                    "sizes: dict[str, int] = {}",
                    f"found = {await_}{call}, sizes)",
                    "return found, sizes",
                ]
            else:
                entry = [f"return {await_}{call})"]
        lookup = "\n".join([f"{define} lookup(api, namespace, name):", *_indent(entry)])
        return self.module([*self.definitions, searcher, lookup])

    def module(self, definitions: list[str]) -> str:
        k = self.kind
        text = "\n".join(definitions)
        if "log." in text:
            self.stdlib.add("import logging")
        constants = []
        if "log." in text:
            constants.append("log = logging.getLogger(__name__)")
        if self.dicts:
            constants += [
                f'GROUP = "{k.group}"',
                f'VERSION = "{k.version}"',
                f'PLURAL = "{k.resource}"',
            ]
        if "RETRIES" in text:
            constants.append("RETRIES = 3")
        head = [f'"""{k.title} lookups for {self.purpose}."""', ""]
        head += [*_sorted_imports(self.stdlib), ""] if self.stdlib else []
        head += [*_sorted_imports(self.third_party), ""]
        if constants:
            head += [*constants, ""]
        return "\n".join(head) + "\n\n" + "\n\n\n".join(definitions) + "\n"


def _sorted_imports(imports: set[str]) -> list[str]:
    """As isort sorts a section: plain imports first, then by module."""
    return sorted(imports, key=lambda line: (line.startswith("from "), line.split()[1]))


def build(values: Sequence[str]) -> Program:
    axes = dict(zip(AXES, values, strict=True))
    if not valid(axes):
        raise ValueError(f"not a valid combination: {'/'.join(values)}")
    writer = _Writer(axes)
    trap = None if axes["trap"] == "none" else axes["trap"]
    lookup = trap is None or trap in SELECTOR_TRAPS
    fix = "none" if not lookup else "unsafe" if axes["source"] in CALLED_SOURCES else "safe"
    return Program(
        id=writer.id,
        axes=axes,
        source=writer.write(),
        trap=trap,
        lookup=lookup,
        fix=fix,
        reads_allowed=trap is None,
    )


def formatted(programs: list[Program]) -> list[Program]:
    """The programs as a formatter leaves them (``ruff format``, black's
    style and line length), as most code that meets the linter is."""
    with tempfile.TemporaryDirectory() as folder:
        paths = [Path(folder, f"program_{i}.py") for i in range(len(programs))]
        for path, program in zip(paths, programs, strict=True):
            path.write_text(program.source, encoding="utf-8")
        subprocess.run(
            [sys.executable, "-m", "ruff", "format", "--isolated", "--quiet", folder], check=True
        )
        return [
            program._replace(source=path.read_text(encoding="utf-8"))
            for path, program in zip(paths, programs, strict=True)
        ]


def sample(count: int, seed: int = 0, trap_share: float = 0.3) -> list[Program]:
    """``count`` distinct valid programs, drawn uniformly from the valid
    product with ``seed`` (a share of them traps), in the order drawn."""
    rng = random.Random(seed)
    chosen: dict[tuple[str, ...], None] = {}
    while len(chosen) < count:
        values = [rng.choice(options) for axis, options in AXES.items() if axis != "trap"]
        values.append(rng.choice(TRAPS) if rng.random() < trap_share else "none")
        if valid(dict(zip(AXES, values, strict=True))):
            chosen.setdefault(tuple(values), None)
    return formatted([build(values) for values in chosen])


PLAINEST = {axis: values[0] for axis, values in AXES.items()}
# What else changes where a value does not go with the plainest program.
NEIGHBOURS = {
    ("scope", "custom"): {"name": "subscript"},
    ("scope", "custom-cluster"): {"name": "subscript"},
    ("name", "subscript"): {"scope": "custom"},
    ("name", "get-chain"): {"scope": "custom"},
    ("trap", "reused"): {"source": "local"},
}


def alone(axis: str, value: str) -> dict[str, str]:
    """The plainest program with ``value`` on ``axis`` (and the least else
    changed that makes it valid)."""
    return {**PLAINEST, axis: value, **NEIGHBOURS.get((axis, value), {})}


def _values() -> Iterator[tuple[str, str]]:
    for axis, values in AXES.items():
        for value in values:
            yield axis, value


def one_axis_at_a_time() -> list[Program]:
    """What each axis value does by itself: the plainest program with that
    value alone, for every value of every axis."""
    chosen = {tuple(alone(axis, value).values()): None for axis, value in _values()}
    return formatted([build(values) for values in chosen])


def trap_fixed(program: Program, verdict: Verdict) -> bool:
    """A trap got a safe fix it must not get: any fix of code that is no
    lookup, a read where only a field selector keeps what the list did."""
    if program.trap is None or not verdict.safe_fix:
        return False
    return not program.lookup or (verdict.reads and not program.reads_allowed)


# Running a program before and after its fixes.

ABSENT = next(s for s in STATES if s.id == "absent")
# Every state of the corpus, and a missing object's 404 without a body.
RUN_STATES = [*STATES, ABSENT._replace(id="absent-bodyless-404", bodyless_404=True)]
# Names that tell traps from lookups, run in the "present" state: a prefix of
# two objects' names, another case, a field selector's syntax, no name.
OTHER_NAMES = ("etl-2026-11", TARGET.upper(), "a,metadata.name=b\\", "")
EXCEPTIONS = re.compile(
    r"(kubernetes\.(client|dynamic)\.exceptions\.\w+|builtins\.(LookupError|KeyError|IndexError))"
)


class GeneratorError(Exception):
    """A generated program that does not do what it was written to do: a bug
    of the generator, never a miss of the tool."""


class Verdict(NamedTuple):
    id: str
    findings: tuple[str, ...]  # "KUB001: <message>" for each finding
    flagged: bool
    safe_fix: bool
    any_fix: bool  # safe, or unsafe with --unsafe-fixes
    reads: bool  # the safe fix reads by name somewhere
    still_lists: bool  # the safe fix lists without a name's field selector where it did
    changes: tuple[str, ...]  # where the safe fix behaves otherwise
    unsafe_changes: tuple[str, ...]  # where the unsafe fix does
    silent: tuple[str, ...]  # a refused read answered, where the original answered otherwise
    crash: str | None  # lint_text or fix_text raised


def runs() -> Iterator[tuple[State, str]]:
    for state in RUN_STATES:
        yield state, TARGET
    for name in OTHER_NAMES:
        yield STATES[0], name


def load(code: str) -> Any:
    namespace: dict[str, Any] = {}
    exec(compile(code, "<generated>", "exec"), namespace)
    return namespace["lookup"]


def _api(function: Any, state: State) -> FakeApi:
    return AsyncFakeApi(state) if asyncio.iscoroutinefunction(function) else FakeApi(state)


def _run(function: Any, state: State, name: str) -> tuple[tuple[str, Any], FakeApi]:
    api = _api(function, state)
    return outcome(function, api, NAMESPACE, name), api


def _plain_lists(api: FakeApi) -> int:
    return sum(
        verb == "list" and "metadata.name=" not in (kwargs.get("field_selector") or "")
        for verb, kwargs in api.calls
    )


def _describe(result: tuple[str, Any]) -> str:
    how, value = result
    if how == "raised":
        return f"raised {value[0].rsplit('.', 1)[-1]}({value[1]})"
    if isinstance(value, bool | None | str | int | dict | tuple):
        return f"returned {value!r}"
    return f"returned a {type(value).__name__}"


def check_program(program: Program, before: Any) -> None:
    """The original does what its axes say, in every state; else the
    generator is wrong."""
    results = {}
    for state, name in runs():
        result, api = _run(before, state, name)
        if result[0] == "raised" and not EXCEPTIONS.fullmatch(result[1][0]):
            raise GeneratorError(f"{program.id}: {state.id} {name!r}: {_describe(result)}")
        if not api.calls or api.calls[0][0] != "list":
            raise GeneratorError(f"{program.id}: {state.id} {name!r}: no list call")
        results[state.id, name] = result
    present, absent = results["present", TARGET], results["absent", TARGET]
    if present[0] != "returned" or not present[1] or present == absent:
        raise GeneratorError(
            f"{program.id}: present {_describe(present)}, absent {_describe(absent)}"
        )
    if program.trap is None and absent[0] == "returned" and absent[1]:
        raise GeneratorError(f"{program.id}: absent {_describe(absent)}")


def compare(before: Any, after: Any) -> tuple[list[str], list[str], bool, bool]:
    """Where ``after`` behaves otherwise (as ``same_outcome`` tells it), where
    a refused read is answered rather than raised and the answer is not the
    original's, whether it reads, and whether it still lists in full."""
    changes, silent, reads = [], [], False
    for state, name in runs():
        try:
            api = same_outcome(before, after, state, NAMESPACE, name)
        except AssertionError:
            was, now = _run(before, state, name)[0], _run(after, state, name)[0]
            changes.append(f"{state.id}, name {name!r}: {_describe(was)} -> {_describe(now)}")
            continue
        read = any(verb == "read" for verb, _ in api.calls)
        reads |= read
        if read and state.read_error is not None and state.list_error is None:
            was, now = _run(before, state, name)[0], _run(after, state, name)[0]
            if now[0] == "returned" and now != was:
                silent.append(f"{state.id}: {_describe(was)} -> {_describe(now)}")
    listed = _plain_lists(_run(before, STATES[0], TARGET)[1])
    still_lists = _plain_lists(_run(after, STATES[0], TARGET)[1]) >= listed
    return changes, silent, reads, still_lists


def _load_fixed(text: str) -> Any:
    """A fixed program's lookup; one that does not load raises as it is called."""
    try:
        return load(text)
    except Exception as error:  # the fixed code is under test: its failure is a finding
        failure = error

        def broken(api: Any, namespace: str, name: str) -> Any:
            raise failure

        return broken


@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    """The programs log their failures: not onto the run's output."""
    logging.disable(logging.CRITICAL)
    try:
        yield
    finally:
        logging.disable(logging.NOTSET)


def evaluate(program: Program) -> Verdict:
    with _quiet():
        return _evaluate(program)


def _evaluate(program: Program) -> Verdict:
    before = load(program.source)
    check_program(program, before)
    try:
        findings = lint_text(program.source)
        safe = fix_text(program.source)
        unsafe = fix_text(program.source, unsafe=True)
    except Exception as error:  # the tool is under test: a crash is a finding
        crash = f"{type(error).__name__}: {error}"
        return Verdict(program.id, (), False, False, False, False, False, (), (), (), crash)
    safe_fix = safe.text != program.source
    changes: list[str] = []
    silent: list[str] = []
    reads = still_lists = False
    if safe_fix:
        changes, silent, reads, still_lists = compare(before, _load_fixed(safe.text))
    unsafe_changes: list[str] = []
    if unsafe.text not in (safe.text, program.source):
        unsafe_changes = compare(before, _load_fixed(unsafe.text))[0]
    return Verdict(
        id=program.id,
        findings=tuple(f"{f.rule.code}: {f.message}" for f in findings),
        flagged=bool(findings),
        safe_fix=safe_fix,
        any_fix=safe_fix or unsafe.text != program.source,
        reads=reads,
        still_lists=still_lists,
        changes=tuple(changes),
        unsafe_changes=tuple(unsafe_changes),
        silent=tuple(silent),
        crash=None,
    )
