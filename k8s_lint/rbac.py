"""RBAC manifests against the reads the code makes: where ``list`` is granted
but ``get`` is not, fixed code that reads by name fails with 403.

Roles are judged as Kubernetes does: a role's rules add up; ``*`` matches
every verb, resource or API group; ``""`` is the core group; a rule for a
subresource (``jobs/status``) grants nothing on the resource; ``resourceNames``
limit ``get`` to those names (reported as "can't tell"). An aggregated
ClusterRole gets its rules from others at run time: "can't tell" too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .config import Config
from .files import Excluder
from .kinds import LIST_METHODS
from .rules import KUB100, RULES, Rule

ROLE_KINDS = ("Role", "ClusterRole")
MANIFEST_SUFFIXES = (".yaml", ".yml")
# Helm and other template languages: such a file is not YAML until rendered.
_TEMPLATE = re.compile(r"\{\{|\{%")
# A file that holds a role names its kind (or a List's): the text test rules
# out every other YAML file (CRDs, CI and docs configs) before any parsing,
# which is most of a tree's YAML and nearly all of its bytes.
_MAY_HOLD_ROLE = re.compile(rb"""\bkind["']?\s*:\s*["']?(?:Role|ClusterRole|List)\b""")


class ManifestError(Exception):
    """A manifest that is not valid YAML; the message says where and why."""


@dataclass(frozen=True)
class Resource:
    """What the code reads by name: ``jobs`` in group ``batch``."""

    resource: str
    group: str

    @classmethod
    def parse(cls, text: str) -> Resource:
        """``jobs.batch`` -> (jobs, batch); ``pods`` -> (pods, core)."""
        resource, _, group = text.partition(".")
        return cls(resource, group)

    def __str__(self) -> str:
        return f"{self.resource}.{self.group}" if self.group else self.resource


@dataclass(frozen=True)
class Verdict:
    path: Path
    line: int  # of the role's document, 1-based
    role: str  # "Role ns/name" or "ClusterRole name"
    resource: Resource
    # "list-without-get" | "get-limited" | "aggregated"
    problem: str

    @property
    def message(self) -> str:
        if self.problem == "aggregated":
            return (
                f"{self.role} is aggregated from other ClusterRoles: can't tell whether it "
                f"grants get on {self.resource}, which the fixed code reads by name"
            )
        if self.problem == "get-limited":
            return (
                f"{self.role} grants list on {self.resource} but get only for some "
                "resourceNames: can't tell whether the names the code reads are among them"
            )
        return (
            f"{self.role} grants list on {self.resource} but not get; the fixed code reads "
            f'{self.resource.resource} by name and would get 403: add "get" to its verbs'
        )


@dataclass(frozen=True)
class Skipped:
    path: Path
    reason: str


def _matches(values: list[str] | None, wanted: str) -> bool:
    return bool(values) and ("*" in values or wanted in values)  # type: ignore[operator]


def _grants(rules: list[dict[str, object]], verb: str, resource: Resource) -> str | None:
    """ "all" if the rules grant ``verb`` on every object of the resource,
    "some" if only on some resourceNames, None if not at all."""
    best: str | None = None
    for rule in rules:
        if not isinstance(rule, dict):
            continue
        groups, resources, verbs = (rule.get(k) for k in ("apiGroups", "resources", "verbs"))
        if not (
            _matches(groups, resource.group)  # type: ignore[arg-type]
            and _matches(resources, resource.resource)  # type: ignore[arg-type]
            and _matches(verbs, verb)  # type: ignore[arg-type]
        ):
            continue
        if rule.get("resourceNames") and verb == "get":
            best = best or "some"
        else:
            return "all"
    return best


def _is_object(node: Any) -> bool:
    """Whether a YAML document is a Kubernetes object: a mapping with
    ``apiVersion`` and ``kind``."""
    import yaml

    if not isinstance(node, yaml.MappingNode):
        return False
    keys = {k.value for k, _ in node.value if isinstance(k, yaml.ScalarNode)}
    return {"apiVersion", "kind"} <= keys


def _objects(text: str) -> list[tuple[int, object]]:
    """(line, value) of each document that is a Kubernetes object.  The other
    documents are composed but never built, so tags only other tools know
    (mkdocs' ``!!python/name:``) cannot fail the run."""
    import yaml  # only here: most runs read no manifest, and yaml costs 20 ms to import

    # libyaml's parser where installed: several times faster on large files.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)(text)
    objects: list[tuple[int, object]] = []
    try:
        while loader.check_node():
            node = loader.get_node()
            if node is not None and _is_object(node):
                objects.append((node.start_mark.line + 1, loader.construct_document(node)))
    except yaml.YAMLError as error:
        raise ManifestError(str(error)) from None
    finally:
        loader.dispose()
    return objects


def _roles(text: str) -> list[tuple[int, dict[str, object]]]:
    """(line, role) for every Role and ClusterRole in the file, List items too."""
    roles: list[tuple[int, dict[str, object]]] = []
    for line, document in _objects(text):
        items = document.get("items", []) if isinstance(document, dict) else []
        if isinstance(document, dict) and document.get("kind") == "List":
            candidates = items if isinstance(items, list) else []
        else:
            candidates = [document]
        roles.extend(
            (line, c) for c in candidates if isinstance(c, dict) and c.get("kind") in ROLE_KINDS
        )
    return roles


def check_manifest(path: Path, text: str, reads: set[Resource]) -> list[Verdict] | Skipped:
    """The verdicts for one manifest file, or why it was skipped.

    Raises ManifestError for a file that is not valid YAML.
    """
    if _TEMPLATE.search(text):
        return Skipped(path, "a template (Helm {{ }}): render it first, e.g. helm template")
    verdicts = []
    for line, role in _roles(text):
        metadata = role.get("metadata") or {}
        name = metadata.get("name", "?") if isinstance(metadata, dict) else "?"
        namespace = metadata.get("namespace") if isinstance(metadata, dict) else None
        label = f"{role['kind']} {namespace}/{name}" if namespace else f"{role['kind']} {name}"
        rules = role.get("rules") or []
        if not isinstance(rules, list):
            rules = []
        for resource in sorted(reads, key=str):
            if role.get("aggregationRule"):  # its rules are filled in at run time
                verdicts.append(Verdict(path, line, label, resource, "aggregated"))
                continue
            if _grants(rules, "list", resource) is None:
                continue  # this role is not how the code lists it
            get = _grants(rules, "get", resource)
            if get is None:
                verdicts.append(Verdict(path, line, label, resource, "list-without-get"))
            elif get == "some":
                verdicts.append(Verdict(path, line, label, resource, "get-limited"))
    return verdicts


def manifest_files(paths: Iterable[Path], excluder: Excluder) -> Iterator[Path]:
    """YAML files named on the command line, and below directories those the
    excluder keeps (``.gitignore``, ``exclude``, tool caches), as ``check``
    walks Python files; spelt from the path they were found through, as
    ``check`` spells the files it reports, so that the same paths print the
    same from any folder."""
    for path in paths:
        if path.is_dir():
            yield from excluder.walk(path, MANIFEST_SUFFIXES)
        elif path.suffix in MANIFEST_SUFFIXES:
            yield path


def read_manifest(path: Path) -> str | None:
    """The text of a YAML file that may hold a role, None for any other (the
    cheap text test: no parsing).  ManifestError if it cannot be read."""
    try:
        data = path.read_bytes()
        if not _MAY_HOLD_ROLE.search(data):
            return None
        return data.decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise ManifestError(str(error)) from None


def selection_problem(config: Config) -> tuple[str, bool] | None:
    """What to tell a ``check`` or ``fix`` run whose ``select`` names KUB100,
    and whether that leaves the run nothing to report (a usage error): KUB100
    judges RBAC manifests, which ``k8s-lint rbac`` reads, never ``check``."""
    if not any(KUB100.code.startswith(c) and len(c) > len("KUB") for c in config.select):
        return None
    where = "KUB100 is reported by `k8s-lint rbac PATH`, which reads the RBAC manifests"
    if not any(config.enabled(code) for code in RULES if code != KUB100.code):
        return f"{where} (check and fix read only Python): run that instead", True
    return f"{where}; check and fix skip it", False


_READ_CALL = re.compile(r"\.(read_\w+)\(")


def existing_reads(text: str) -> set[Resource]:
    """Resources the code already reads by name with ``read_*`` calls."""
    reads_by_method = {m.read_method: m for m in LIST_METHODS.values()}
    found: set[Resource] = set()
    for match in _READ_CALL.finditer(text):
        method = reads_by_method.get(match.group(1))
        if method is not None:
            found.update(Resource.parse(r) for r in method.rbac_resources)
    return found


@dataclass(frozen=True)
class RbacFinding:
    """A verdict in the shape the report writers print."""

    verdict: Verdict
    rule: Rule = KUB100
    fix: None = None
    reason: None = None
    unsafe: bool = False
    rbac: tuple[str, ...] = ()
    column: int = 0
    end_column: int = 0
    fix_title: str = ""

    @property
    def line(self) -> int:
        return self.verdict.line

    @property
    def end_line(self) -> int:
        return self.verdict.line

    @property
    def message(self) -> str:
        return self.verdict.message
