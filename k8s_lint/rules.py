"""The rule registry: every code's name, message, fix safety, docs and examples.

Everything user-facing reads this table: flake8 messages, the CLI, ``k8s-lint
rule``, the documentation's rule pages and rules table (``docs/rules/``) and the
example-driven tests.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from .arguments import (
    BLOCKING,
    CARRIED,
    NEEDS_PAGING,
    SELECTABLE,
    UNSAFE_READ,
    UNSAFE_SELECTOR,
    plain_value,
)
from .kinds import (
    ALL_NAMESPACES,
    CLUSTER,
    CUSTOM,
    CUSTOM_ALL_NAMESPACES,
    DYNAMIC,
    DYNAMIC_GET,
    LIST_METHODS,
    NAMESPACED,
    READ_NAMES,
    SCOPES,
    ListMethod,
)


class Applicability(StrEnum):
    """How much a fix can be trusted, as in ruff."""

    SAFE = "safe"
    UNSAFE = "unsafe"


@dataclass(frozen=True)
class Example:
    """Code the rule flags (with its fixed form) or leaves alone."""

    code: str
    # The fixed code; None for a VALID example or a finding that is not fixed.
    fixed: str | None = None
    # What the example proves, shown in test ids and docs.
    note: str = ""
    # Where ``code`` is, from the project root, and the other files of the
    # project (path, text) that it needs (a test needs the code it tests).
    path: str = ""
    files: tuple[tuple[str, str], ...] = ()

    def shown(self, code: str) -> str:
        """``code`` as the docs show it, headed by its path where it has one."""
        code = code.strip("\n")
        return f"# {self.path}\n{code}" if self.path else code


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    # Formatted with the ListMethod's fields: list_method, read_method, kind.
    message: str
    fix_title: str
    # None: no automatic fix (``fix_title`` says what to do by hand).
    applicability: Applicability | None
    what_it_does: str
    why_bad: str
    fix_safety: str
    # The list method the rules table shows the message for, and a
    # one-line example of the pattern.
    shown_for: str
    sample: str
    # Whether the fix reads where the code listed: RBAC then needs `get`.
    needs_get: bool = True
    # What the rule reads: Python code, or Kubernetes manifests (YAML).
    language: str = "python"
    # The scopes of the list methods whose lookups it reports (kinds.py);
    # a rule that reads (needs_get) is the one that reads these scopes.
    scopes: tuple[str, ...] = ()
    invalid: tuple[Example, ...] = field(default=())
    valid: tuple[Example, ...] = field(default=())
    references: tuple[str, ...] = field(default=())

    def as_json(self) -> dict[str, object]:
        """The rule for tooling (``k8s-lint rule --all --output-format json``)."""
        return {
            "code": self.code,
            "name": self.name,
            "message": self.message,
            "fix": self.fix_title,
            "fix_applicability": self.applicability.value if self.applicability else None,
            "needs_rbac_get": self.needs_get,
            "what_it_does": self.what_it_does,
            "why_bad": self.why_bad,
            "fix_safety": self.fix_safety,
            "examples": [
                {"code": e.code, "fixed": e.fixed, "note": e.note, **_project(e)}
                for e in self.invalid
            ],
            "valid": [{"code": e.code, "note": e.note, **_project(e)} for e in self.valid],
            "docs": self.docs(),
        }

    def availability(self) -> str:
        """Whether ``fix`` can fix it, in ruff's words."""
        if self.applicability is None:
            return f"Fix is not available: {self.fix_title[0].lower()}{self.fix_title[1:]}."
        return f"Fix is sometimes available ({self.applicability.value} when it is)."

    def docs(self) -> str:
        """The rule's documentation in ruff's fixed sections, as Markdown."""
        first = self.invalid[0]
        block = f"```{self.language}\n{{}}\n```"
        example = "\n".join(block.format(f"# {p}\n{t.strip()}") for p, t in first.files)
        example += ("\n" if example else "") + block.format(first.shown(first.code))
        parts = [
            f"# {self.name} ({self.code})",
            self.availability(),
            "## What it does\n" + self.what_it_does + self._methods(),
            "## Why is this bad?\n" + self.why_bad,
            "## Example\n" + example,
        ]
        if first.fixed is not None:
            parts.append("Use instead:\n" + block.format(first.shown(first.fixed)))
        fix_safety = self.fix_safety
        if self.scopes:
            fix_safety += "\n\n" + ARGUMENTS_INTRO + "\n\n" + arguments_table().rstrip("\n")
        parts.append("## Fix safety\n" + fix_safety)
        if self.references:
            parts.append("## References\n" + "\n".join(f"- {r}" for r in self.references))
        return "\n\n".join(parts) + "\n"

    def _methods(self) -> str:
        """The known list methods of the rule's scopes, as a paragraph and
        a list; those another rule reads are named by that rule."""
        if not self.scopes:
            return ""
        lines = []
        for scope in self.scopes:
            reader = READ_RULES.get(scope)
            if reader is not None and reader is not self:
                lines.append(f"- {SCOPES[scope]}: those of {reader.code}")
            else:
                lines.append(_scope_line(scope))
        return "\n\nKnown list methods, by what they list:\n\n" + "\n".join(lines)


def _project(example: Example) -> dict[str, object]:
    """An example's path and other files, where it has them."""
    if not example.files:
        return {}
    return {"path": example.path, "files": dict(example.files)}


# Where no idiomatic rewrite applies, the fix keeps the search and only
# narrows the list to the read's 0 or 1 items; messages say which it is.
NARROWED = "fix: the list becomes the read's 0 or 1 items, the search stays"
NARROWED_FIX_TITLE = (
    "Read the {kind} by name with {read_method}() where the list was, keeping the search"
)
# A field selector fix says why the list was not replaced by a read.
NOT_READ = "not read by name: {why}"

_SAFETY = (
    "The fix is safe: it returns what the search returned and raises what it "
    "raised in every cluster state. A 404 naming the object (or with no body) "
    "means absent; every other API error (403, 5xx, a 404 for a resource type "
    "the cluster does not serve) propagates as the list's would have.{extra}\n\n"
    "A search of a canonical shape becomes one helper call. Any other search "
    "that looks at no item before testing its name (a guard, a loop's `if`, a "
    "comprehension's condition) keeps its code: only the list becomes the "
    "read's 0 or 1 items (`items_named(...)`), where the list was, so `try`, "
    "`with` and retry code around it keeps working.\n\n"
    "The read needs the RBAC verb `get` on the resource where the list needed "
    "`list`: grant it before deploying the fixed code.\n\n"
    "Not fixed (reported with the reason): a list call with an argument no fix keeps "
    "(the table below); a name expression that may have side effects; a list result used "
    "for something besides the search. A fix removes a comment only with the "
    "statement it is on: comments on their own lines inside the rewritten code "
    "move above it, and pragmas (`# noqa`, `# type: ignore`) stay on their line. "
    "List calls with an argument a read cannot express but the list narrowed by a "
    "field selector keeps (the table below) are KUB005's. Unsafe fixes (only "
    "with `--unsafe-fixes`): an argument the table marks unsafe, statements the "
    "loop ran for every item, a name expression that can raise."
)
_MODEL_NOTE = (
    " The object handed on equals the list's item: the helpers clear the "
    "`kind` and `api_version` a read fills in and a list's items leave `None`."
)
_WHY = (
    "A list call downloads and deserialises every object it lists; memory, "
    "bandwidth and API-server time grow with their number. Kubernetes keeps "
    "finished Jobs, completed Pods and old ReplicaSets unless something deletes "
    "them, so the count only grows. Reading the one object by name costs the "
    "same however many there are (Apache DolphinScheduler's "
    "`K8sUtils.jobExist` was fixed exactly this way)."
)
_REFERENCES = (
    "https://kubernetes.io/docs/reference/using-api/api-concepts/",
    "https://github.com/apache/dolphinscheduler (K8sUtils.jobExist)",
)

KUB001 = Rule(
    code="KUB001",
    shown_for="list_namespaced_job",
    sample="any(j.metadata.name == n for j in batch.list_namespaced_job(ns).items)",
    name="list-searched-by-name",
    scopes=(NAMESPACED,),
    message=(
        "{list_method}() searched by name downloads every {kind} in the namespace; "
        "read it with {read_method}()"
    ),
    fix_title="Read the {kind} by name with {read_method}()",
    applicability=Applicability.SAFE,
    what_it_does=(
        "Checks for code that lists every object of a kind in a namespace "
        "(`list_namespaced_<kind>()` of any API class) and then looks for one "
        "name among the results: `any()`, a `for` loop that returns on a match, "
        "a filtered comprehension or `filter()`, `next()`, `name in [...names]`, "
        "directly or through a local variable, with the typed or the asyncio "
        "client."
    ),
    why_bad=_WHY,
    fix_safety=_SAFETY.format(extra=_MODEL_NOTE),
    invalid=(
        Example(
            note="any() over the items compares each name",
            code="""\
def job_exists(batch, namespace, name):
    return any(j.metadata.name == name for j in batch.list_namespaced_job(namespace).items)
""",
            fixed="""\
from k8s_lint.runtime import exists


def job_exists(batch, namespace, name):
    return exists(batch.read_namespaced_job, name=name, namespace=namespace)
""",
        ),
        Example(
            note="the DolphinScheduler loop: return True on a match, False after",
            code="""\
def job_exists(batch, namespace, name):
    for job in batch.list_namespaced_job(namespace).items:
        if job.metadata.name == name:
            return True
    return False
""",
            fixed="""\
from k8s_lint.runtime import exists


def job_exists(batch, namespace, name):
    return exists(batch.read_namespaced_job, name=name, namespace=namespace)
""",
        ),
        Example(
            note="every kind of every API class: a ConfigMap through the core API",
            code="""\
def config(core, ns, name):
    return next((c for c in core.list_namespaced_config_map(ns).items
                 if c.metadata.name == name), None)
""",
            fixed="""\
from k8s_lint.runtime import read_or_none


def config(core, ns, name):
    return read_or_none(
        core.read_namespaced_config_map, name=name, namespace=ns
    )
""",
        ),
        Example(
            note="the asyncio client: the read is awaited",
            code="""\
async def pod_exists(core, ns, name):
    pods = await core.list_namespaced_pod(ns)
    return name in [p.metadata.name for p in pods.items]
""",
            fixed="""\
from k8s_lint.runtime import aexists


async def pod_exists(core, ns, name):
    return await aexists(core.read_namespaced_pod, name=name, namespace=ns)
""",
        ),
    ),
    valid=(
        Example(
            note="a prefix match is not a lookup by name",
            code="""\
def etl_jobs(batch, namespace):
    return [j for j in batch.list_namespaced_job(namespace).items
            if j.metadata.name.startswith("etl-")]
""",
        ),
        Example(
            note="a field selector on metadata.name already filters on the server",
            code="""\
def job_exists(batch, namespace, name):
    jobs = batch.list_namespaced_job(namespace, field_selector=f"metadata.name={name}")
    return any(j.metadata.name == name for j in jobs.items)
""",
        ),
    ),
    references=_REFERENCES,
)

KUB002 = Rule(
    code="KUB002",
    shown_for="list_namespace",
    sample="n in [x.metadata.name for x in core.list_namespace().items]",
    name="cluster-list-searched-by-name",
    scopes=(CLUSTER,),
    message=(
        "{list_method}() searched by name downloads every {kind} in the cluster; "
        "read it with {read_method}()"
    ),
    fix_title="Read the {kind} by name with {read_method}()",
    applicability=Applicability.SAFE,
    what_it_does=(
        "Checks for code that lists every object of a cluster-scoped kind "
        "(namespaces, nodes, persistent volumes, storage classes, cluster roles, "
        "CRDs, ...) and then looks for one name among the results."
    ),
    why_bad=_WHY,
    fix_safety=_SAFETY.format(extra=_MODEL_NOTE),
    invalid=(
        Example(
            note="does the namespace exist?",
            code="""\
def namespace_exists(core, name):
    return name in [ns.metadata.name for ns in core.list_namespace().items]
""",
            fixed="""\
from k8s_lint.runtime import exists


def namespace_exists(core, name):
    return exists(core.read_namespace, name=name)
""",
        ),
    ),
    valid=(
        Example(
            note="listing every node to report capacity is a real use of the list",
            code="""\
def capacity(core):
    return {n.metadata.name: n.status.capacity for n in core.list_node().items}
""",
        ),
    ),
    references=_REFERENCES,
)

KUB003 = Rule(
    code="KUB003",
    shown_for="list_namespaced_custom_object",
    sample=(
        'for o in custom.list_namespaced_custom_object(g, v, ns, p)["items"]: '
        'if o["metadata"]["name"] == n: return o'
    ),
    name="custom-object-list-searched-by-name",
    scopes=(CUSTOM, CUSTOM_ALL_NAMESPACES),
    message=(
        "{list_method}() searched by name downloads every object of the resource; "
        "get it with {read_method}()"
    ),
    fix_title="Get the object by name with {read_method}()",
    applicability=Applicability.SAFE,
    what_it_does=(
        "Checks for `CustomObjectsApi` code that lists custom objects "
        '(`list_namespaced_custom_object(...)["items"]`, or '
        "`list_custom_object_for_all_namespaces(...)` searched by namespace too) "
        'and looks for one `item["metadata"]["name"]` (or `.get()` '
        "spelling) among them."
    ),
    why_bad=_WHY,
    fix_safety=_SAFETY.format(extra=""),
    invalid=(
        Example(
            note="a custom resource looked up by name",
            code="""\
def find_crontab(custom, namespace, name):
    crontabs = custom.list_namespaced_custom_object(
        "stable.example.com", "v1", namespace, "crontabs")
    for item in crontabs["items"]:
        if item["metadata"]["name"] == name:
            return item
    return None
""",
            fixed="""\
from k8s_lint.runtime import read_or_none


def find_crontab(custom, namespace, name):
    return read_or_none(
        custom.get_namespaced_custom_object,
        name=name,
        group="stable.example.com",
        version="v1",
        namespace=namespace,
        plural="crontabs",
    )
""",
        ),
    ),
    valid=(
        Example(
            note="reporting every object is a real use of the list",
            code="""\
def crontab_names(custom, namespace):
    items = custom.list_namespaced_custom_object("stable.example.com", "v1", namespace, "crontabs")
    return [i["metadata"]["name"] for i in items["items"]]
""",
        ),
    ),
    references=_REFERENCES,
)

KUB004 = Rule(
    code="KUB004",
    shown_for="list_pod_for_all_namespaces",
    sample=(
        "for p in core.list_pod_for_all_namespaces().items: "
        "if p.metadata.name == n and p.metadata.namespace == ns: return p"
    ),
    name="all-namespaces-list-searched-by-name-and-namespace",
    scopes=(ALL_NAMESPACES,),
    message=(
        "{list_method}() searched by name and namespace downloads every {kind} in the "
        "cluster; read it with {read_method}()"
    ),
    fix_title="Read the {kind} by name with {read_method}()",
    applicability=Applicability.SAFE,
    what_it_does=(
        "Checks for code that lists a kind across all namespaces "
        "(`list_<kind>_for_all_namespaces()`) and looks for one object by both "
        "its name and its namespace."
    ),
    why_bad=_WHY,
    fix_safety=_SAFETY.format(extra=_MODEL_NOTE)
    + " The fix is unsafe unless the namespace is a literal: a namespace no object "
    "has (None, empty) matched nothing before.",
    invalid=(
        Example(
            note="name and namespace identify one object: read it",
            code="""\
def find_dns_pod(core, name):
    for pod in core.list_pod_for_all_namespaces().items:
        if pod.metadata.name == name and pod.metadata.namespace == "kube-system":
            return pod
    return None
""",
            fixed="""\
from k8s_lint.runtime import read_or_none


def find_dns_pod(core, name):
    return read_or_none(
        core.read_namespaced_pod, name=name, namespace="kube-system"
    )
""",
        ),
    ),
    valid=(
        Example(
            note="searching every namespace by name only is KUB005's",
            code="""\
def pods_named(core, name):
    return [p for p in core.list_pod_for_all_namespaces(
        field_selector="metadata.name=" + name).items]
""",
        ),
    ),
    references=_REFERENCES,
)

KUB005 = Rule(
    code="KUB005",
    shown_for="list_namespaced_job",
    sample="any(j.metadata.name == n for j in batch.list_namespaced_job(ns, label_selector=s).items)",  # noqa: E501
    name="filtered-list-searched-by-name",
    scopes=tuple(SCOPES),
    message=(
        "{list_method}() searched by name downloads every {kind} it lists; "
        "let the server filter with field_selector on metadata.name"
    ),
    fix_title="Add field_selector=name_selector(...) to {list_method}()",
    applicability=Applicability.SAFE,
    needs_get=False,
    what_it_does=(
        "Checks for list calls searched by name that a read cannot replace: a "
        "list across all namespaces searched by name only (the name may exist "
        "in several namespaces), `list_cluster_custom_object` (the code does not "
        "say whether it spans namespaces), a list with an argument a read cannot "
        "express and the narrowed list keeps as it is (a `label_selector`, whose "
        "label must match too, a server-side `timeout_seconds`, a `resource_version` "
        "asking for a possibly cached list: the table under *Fix safety*), where a "
        "read would be an unsafe fix, or a list whose API errors the code catches and "
        "goes on (a read refused or failing there would become the handler's answer). "
        "The message and the fix title say which: `(not read by name: <why>)`."
    ),
    why_bad=(
        "The search keeps one name, but the server sends every object the list "
        "asks for. A field selector on `metadata.name` makes the server send "
        "only the objects with that name."
    ),
    fix_safety=(
        "The fix is safe: it leaves the search as it is and adds "
        '`field_selector="metadata.name=<name>"` (escaped, and merged with an '
        "existing field selector by a comma) to the list call. The server then "
        "leaves out only objects whose name differs, which the search skipped "
        "anyway, so every result is the same. The RBAC verb stays `list`."
    ),
    invalid=(
        Example(
            note="a label selector and a name: filter on both on the server",
            code="""\
def job_exists(batch, namespace, name):
    jobs = batch.list_namespaced_job(namespace, label_selector="app=etl").items
    return any(j.metadata.name == name for j in jobs)
""",
            fixed="""\
from k8s_lint.runtime import name_selector


def job_exists(batch, namespace, name):
    jobs = batch.list_namespaced_job(
        namespace, label_selector="app=etl", field_selector=name_selector(name)
    ).items
    return any(j.metadata.name == name for j in jobs)
""",
        ),
    ),
    valid=(
        Example(
            note="a list filtered by labels only is a real use of the list",
            code="""\
def etl_jobs(batch, namespace):
    return batch.list_namespaced_job(namespace, label_selector="app=etl").items
""",
        ),
    ),
    references=(
        "https://kubernetes.io/docs/concepts/overview/working-with-objects/field-selectors/",
    ),
)

KUB006 = Rule(
    code="KUB006",
    shown_for="get",
    sample="any(j.metadata.name == n for j in jobs.get(namespace=ns).items)",
    name="dynamic-list-searched-by-name",
    scopes=(DYNAMIC,),
    message=(
        "{list_method}() of the dynamic client searched by name downloads every object "
        "of the resource; pass name= to read one"
    ),
    fix_title="Read the object with get(name=...)",
    applicability=Applicability.SAFE,
    what_it_does=(
        "Checks for code using `kubernetes.dynamic.DynamicClient` that lists a "
        "resource (`resource.get(namespace=ns)`) and looks for one name among "
        "its `.items`."
    ),
    why_bad=_WHY,
    fix_safety=_SAFETY.format(extra="")
    + " The dynamic client's `NotFoundError` (a 404 naming the object) means absent. "
    "The fix is unsafe unless the namespace is a literal (a `None` namespace made "
    "the dynamic client list every namespace) and when it returns the object (a "
    "`ResourceInstance` where the list gave a `ResourceField`); a `get()` without a "
    "namespace is KUB005's.",
    invalid=(
        Example(
            note="the dynamic client reads one object when given name=",
            code="""\
from kubernetes.dynamic import DynamicClient


def job_exists(dyn: DynamicClient, name):
    jobs = dyn.resources.get(api_version="batch/v1", kind="Job")
    return any(j.metadata.name == name for j in jobs.get(namespace="ci").items)
""",
            fixed="""\
from k8s_lint.runtime import exists
from kubernetes.dynamic import DynamicClient


def job_exists(dyn: DynamicClient, name):
    jobs = dyn.resources.get(api_version="batch/v1", kind="Job")
    return exists(jobs.get, name=name, namespace="ci")
""",
        ),
    ),
    valid=(
        Example(
            note="a dict's get() is not the dynamic client",
            code="""\
def job_exists(settings, name):
    return any(j.metadata.name == name for j in settings.get("jobs").items)
""",
        ),
    ),
    references=_REFERENCES,
)

KUB100 = Rule(
    code="KUB100",
    shown_for="list_namespaced_job",
    sample="rules: [{apiGroups: [batch], resources: [jobs], verbs: [list]}]",
    name="rbac-list-without-get",
    message="a role grants list on a resource the code reads by name, but not get",
    fix_title='Add "get" to the rule\'s verbs by hand',
    applicability=None,
    needs_get=False,
    language="yaml",
    what_it_does=(
        "`k8s-lint rbac` (not `check`, which reads only Python) reads the Role and "
        "ClusterRole manifests in the tree (also inside `List` documents) and reports "
        "each role that grants `list` on a resource the code reads by name (after "
        "`k8s-lint fix`, or already with `read_*` calls) without granting `get`. A "
        "`get` limited to `resourceNames`, and aggregated ClusterRoles, are reported as "
        '"can\'t tell". Templates (Helm `{{ }}`) are skipped with a note. '
        "`check --select KUB100` is a usage error that says to run `rbac`."
    ),
    why_bad=(
        "Code that used to list now reads by name: with only `list` granted, the "
        "read fails with 403 Forbidden in production. Grant `get` before deploying."
    ),
    fix_safety="Not fixed automatically: RBAC is a security decision for a human.",
    invalid=(
        Example(
            note="list without get on jobs",
            code="""\
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: {name: job-watcher, namespace: ci}
rules:
  - apiGroups: [batch]
    resources: [jobs]
    verbs: [list, watch]
""",
            fixed="""\
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: {name: job-watcher, namespace: ci}
rules:
  - apiGroups: [batch]
    resources: [jobs]
    verbs: [get, list, watch]
""",
        ),
    ),
)

_JOBS_READ = (
    "jobs.py",
    """\
from k8s_lint.runtime import exists


def job_exists(batch, namespace, name):
    return exists(batch.read_namespaced_job, name=name, namespace=namespace)
""",
)
_TEST_PATH = "tests/test_jobs.py"

KUB101 = Rule(
    code="KUB101",
    shown_for="list_namespaced_job",
    sample='@patch.object(BatchV1Api, "list_namespaced_job")  # job_exists() reads now',
    name="stale-list-mock",
    message=(
        "{list_method} is mocked, but the code under test reads with {read_method}: "
        "the mock intercepts nothing, and the unmocked read goes to the cluster"
    ),
    fix_title="Mock {read_method} too, a missing object raising ApiException(status=404)",
    applicability=Applicability.UNSAFE,
    needs_get=False,
    what_it_does=(
        'Checks tests that patch or configure a list method (`patch("...list_namespaced_job")`, '
        '`patch.object(api, "list_...")`, `mocker.patch...`, `monkeypatch.setattr`, '
        "`api.list_....return_value`, `Mock(list_...=...)`), or patch a function of the "
        'project that returned a list (`patch("app.lookups.fetch_jobs")`), whose code '
        "under test now reads by name instead: it refers to the read method "
        "(`read_namespaced_job`, called or handed to a helper such as "
        "`exists(batch.read_namespaced_job, ...)`) and to the mocked list or function "
        "nowhere, and nothing around the mock mocks the read. The code under test is "
        "found from the test, inside the project root: the project module a patch "
        "target's dotted path runs through, the project functions and classes the test "
        "hands the mocked object to, or, for a patch of the client's own class, those "
        "the test calls; followed through the project code they call. Where it is not "
        "found, still lists, or runs code that can't be followed (a method inherited "
        "from outside the project, or of an object a fixture of another file hands the "
        "test), nothing is reported.\n\n"
        "On by default in test files only (`tests/` and `test/` folders, `test_*.py`, "
        "`*_test.py`, `conftest.py`, from the project root); `select` naming KUB101 "
        "itself applies it to every file."
    ),
    why_bad=(
        "After `k8s-lint fix`, the code reads where it listed. The mock of the list no "
        "longer intercepts it: the unmocked read sends a real request to whatever "
        "cluster the machine's kubeconfig names (or fails to connect), and a bare "
        "`MagicMock` read makes every name exist. `fix` says so once; this rule keeps "
        "saying so on every `check` (CI, the pre-commit hook) until the test mocks the "
        "read."
    ),
    fix_safety=(
        "The fix is unsafe: it adds a mock of the read beside the list's (a decorator "
        "with `new=Mock(side_effect=ApiException(status=404))`, a context manager or a "
        "`mocker.patch` with `side_effect=ApiException(status=404)`, or "
        "`api.read_....side_effect = ApiException(status=404)`), so that the test no "
        "longer reaches a cluster; every name is then absent, so a test that expects an "
        "object to exist needs the read to return it, and what it asserts about the "
        "list must move to the read. It imports `ApiException` where the test does not. "
        "Not fixed: a patched project function (the test does not name the object the "
        "code reads from), `patch.multiple`, a mock configured after the code under "
        "test runs, a decorator or `monkeypatch.setattr` in a test that imports no "
        "`Mock`, and a `with` statement with no room on its line."
    ),
    invalid=(
        Example(
            note="a patch of the client's class, in a test of code that now reads",
            path=_TEST_PATH,
            files=(_JOBS_READ,),
            code="""\
from unittest import mock

from kubernetes import client

import jobs


@mock.patch.object(client.BatchV1Api, "list_namespaced_job")
def test_job_exists(list_jobs):
    list_jobs.return_value = client.V1JobList(items=[])
    assert not jobs.job_exists(client.BatchV1Api(), "batch", "etl-1")
""",
            fixed="""\
from unittest import mock

from kubernetes import client
from kubernetes.client.rest import ApiException

import jobs


@mock.patch.object(
    client.BatchV1Api,
    "read_namespaced_job",
    new=mock.Mock(side_effect=ApiException(status=404)),
)
@mock.patch.object(client.BatchV1Api, "list_namespaced_job")
def test_job_exists(list_jobs):
    list_jobs.return_value = client.V1JobList(items=[])
    assert not jobs.job_exists(client.BatchV1Api(), "batch", "etl-1")
""",
        ),
        Example(
            note="a mock object configured for the list and handed to the code",
            path=_TEST_PATH,
            files=(_JOBS_READ,),
            code="""\
from unittest.mock import MagicMock

import jobs


def test_job_exists():
    batch = MagicMock()
    batch.list_namespaced_job.return_value.items = []
    assert not jobs.job_exists(batch, "batch", "etl-1")
""",
            fixed="""\
from unittest.mock import MagicMock

from kubernetes.client.rest import ApiException

import jobs


def test_job_exists():
    batch = MagicMock()
    batch.list_namespaced_job.return_value.items = []
    batch.read_namespaced_job.side_effect = ApiException(status=404)
    assert not jobs.job_exists(batch, "batch", "etl-1")
""",
        ),
    ),
    valid=(
        Example(
            note="the mocked object is not the one handed to the code that reads",
            path=_TEST_PATH,
            files=(_JOBS_READ,),
            code="""\
from unittest.mock import MagicMock

from kubernetes.client.rest import ApiException

import jobs


def test_job_exists():
    core, batch = MagicMock(), MagicMock()
    core.list_namespaced_pod.return_value.items = []
    batch.read_namespaced_job.side_effect = ApiException(status=404)
    assert not jobs.job_exists(batch, "batch", "etl-1")
""",
        ),
        Example(
            note="the code under test still lists: the mock still intercepts it",
            path=_TEST_PATH,
            files=(
                (
                    "jobs.py",
                    """\
def etl_jobs(batch, namespace):
    return [j for j in batch.list_namespaced_job(namespace).items
            if j.metadata.name.startswith("etl-")]
""",
                ),
            ),
            code="""\
from unittest.mock import MagicMock

import jobs


def test_etl_jobs():
    batch = MagicMock()
    batch.list_namespaced_job.return_value.items = []
    assert jobs.etl_jobs(batch, "batch") == []
""",
        ),
    ),
)

RULES: dict[str, Rule] = {
    rule.code: rule for rule in (KUB001, KUB002, KUB003, KUB004, KUB005, KUB006, KUB100, KUB101)
}
# The rule that reports a lookup fixed by a read, by the list's scope.
READ_RULES: dict[str, Rule] = {
    scope: rule for rule in RULES.values() if rule.needs_get for scope in rule.scopes
}


def markdown_table() -> str:
    """The rules table of the documentation (``docs/rules/index.md``), each
    code linking to its page there."""
    rows = [
        "| Code | Name | Example | Message | Fix |",
        "| --- | --- | --- | --- | --- |",
    ]
    for r in RULES.values():
        method = LIST_METHODS.get(r.shown_for, DYNAMIC_GET)._asdict()
        sample = r.sample.replace("|", "\\|")
        fix = r.applicability.value if r.applicability else "none (by hand)"
        rows.append(
            f"| [{r.code}]({r.code}.md) | `{r.name}` | `{sample}` | "
            f"{r.message.format(**method)} | {fix} |"
        )
    return "\n".join(rows) + "\n"


def _methods_of(scope: str) -> list[ListMethod]:
    if scope == DYNAMIC:
        return [DYNAMIC_GET]
    return [m for m in LIST_METHODS.values() if m.scope == scope]


def _scope_line(scope: str) -> str:
    methods = _methods_of(scope)
    names = ", ".join(f"`{m.list_method}`" for m in methods)
    return f"- {SCOPES[scope]} ({len(methods)}): {names}"


def markdown_methods() -> str:
    """The documentation's list of known list methods, by scope and rule."""
    lines = [
        "| Lists | Rule (read) | Methods |",
        "| --- | --- | --- |",
    ]
    for scope in SCOPES:
        reader = READ_RULES.get(scope)
        methods = _methods_of(scope)
        names = ", ".join(f"`{m.list_method}`" for m in methods)
        rule = reader.code if reader is not None else "KUB005 only"
        lines.append(f"| {SCOPES[scope]} ({len(methods)}) | {rule} | {names} |")
    return "\n".join(lines) + "\n"


ARGUMENTS_INTRO = (
    "What each fix makes of the list call's arguments (the table in "
    "`k8s_lint/arguments.py`, which the fixes read). A read is the fix where it "
    "keeps every argument; else the list narrowed by a field selector, where that "
    "keeps them; else there is no fix, and the finding says which argument stands "
    "in the way."
)


def arguments_table() -> str:
    """What a read and a field selector make of each list argument, from
    the tables the fixes read (``arguments.py``); arguments treated alike
    share a row."""
    rows: dict[tuple[str, str], list[str]] = {}

    def row(argument: str, read: str, selector: str) -> None:
        rows.setdefault((read, selector), []).append(f"`{argument}`")

    own = dict.fromkeys(p for m in LIST_METHODS.values() for p in m.positional)
    for parameter in own:
        row(parameter, "carried", "kept")
    for parameter, name in READ_NAMES.items():
        row(parameter, f"carried as `{name}`", "kept")
    for argument in sorted(CARRIED):
        shown = f"{argument}={plain_value(argument)}" if argument in BLOCKING else argument
        row(shown, "carried", "kept")
    for argument in (a for a in BLOCKING if a not in CARRIED):
        row(f"{argument}={plain_value(argument)}", "dropped: the list is a plain one", "kept")
    for argument, why in SELECTABLE.items():
        read = f"not chosen: {why}"
        if argument in UNSAFE_READ:
            read = f"unsafe: {UNSAFE_READ[argument]}"
        selector = "kept"
        if argument in NEEDS_PAGING:
            paging = "kept where the code pages on with `_continue`, else no fix"
            selector = f"{paging}: {NEEDS_PAGING[argument]}"
        elif argument in UNSAFE_SELECTOR:
            selector = f"kept, unsafe: {UNSAFE_SELECTOR[argument]}"
        row(argument, read, selector)
    for argument, why in BLOCKING.items():
        row(f"{argument}={not plain_value(argument)}", f"no fix: {why}", f"no fix: {why}")
    reads = ", ".join(r.code for r in RULES.values() if r.needs_get and r.scopes)
    lines = [
        f"| Argument | Read by name ({reads}) | List narrowed by a field selector (KUB005) |",
        "| --- | --- | --- |",
    ]
    lines += [f"| {', '.join(a)} | {read} | {sel} |" for (read, sel), a in rows.items()]
    lines.append("| any other | no fix: it has no equivalent on the read | kept |")
    return "\n".join(lines) + "\n"
