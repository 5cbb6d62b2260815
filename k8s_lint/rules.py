"""The rule registry: every code's name, message, fix safety, docs and examples.

Everything user-facing reads this table: flake8 messages, the CLI, ``k8s-lint
rule``, the README's rules table and the example-driven tests.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from .kinds import LIST_METHODS


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


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    # Formatted with the ListMethod's fields: list_method, read_method, kind.
    message: str
    fix_title: str
    applicability: Applicability
    what_it_does: str
    why_bad: str
    fix_safety: str
    invalid: tuple[Example, ...] = field(default=())
    valid: tuple[Example, ...] = field(default=())
    references: tuple[str, ...] = field(default=())

    def docs(self) -> str:
        """The rule's documentation in ruff's fixed sections, as Markdown."""
        first = self.invalid[0]
        parts = [
            f"# {self.name} ({self.code})",
            f"Fix is {'always' if self.applicability is Applicability.SAFE else 'sometimes'}"
            " available.",
            "## What it does\n" + self.what_it_does,
            "## Why is this bad?\n" + self.why_bad,
            "## Example\n```python\n" + first.code.strip("\n") + "\n```",
        ]
        if first.fixed is not None:
            parts.append("Use instead:\n```python\n" + first.fixed.strip("\n") + "\n```")
        parts.append("## Fix safety\n" + self.fix_safety)
        if self.references:
            parts.append("## References\n" + "\n".join(f"- {r}" for r in self.references))
        return "\n\n".join(parts) + "\n"


KUB001 = Rule(
    code="KUB001",
    name="list-searched-by-name",
    message=(
        "{list_method}() searched by name downloads every {kind} in the namespace; "
        "read it with {read_method}()"
    ),
    fix_title="Read the {kind} by name with {read_method}()",
    applicability=Applicability.SAFE,
    what_it_does=(
        "Checks for code that lists every object of a kind in a namespace and then "
        "looks for one name among the results: `any()`, a `for` loop that returns "
        "on a match, a filtered comprehension, `next()`, `name in [...names]`, "
        "directly or through a local variable."
    ),
    why_bad=(
        "A list call downloads and deserialises every object in the namespace. "
        "Kubernetes keeps finished Jobs unless something deletes them, so a "
        "namespace can hold thousands, and every lookup costs memory, bandwidth "
        "and API-server time in proportion. Reading the one object by name costs "
        "the same however many objects the namespace holds (Apache "
        "DolphinScheduler's `K8sUtils.jobExist` was fixed exactly this way)."
    ),
    fix_safety=(
        "The fix is safe: it returns what the search returned and raises what it "
        "raised in every cluster state. A 404 from the read means absent; every "
        "other API error (403, 5xx) propagates as the list's would have. An object "
        "returned by a read has `kind` and `api_version` set, where a list's items "
        "leave them `None`.\n\n"
        "The read needs the RBAC verb `get` on the resource where the list needed "
        "`list`: grant it before deploying the fixed code.\n\n"
        "Not fixed (reported with the reason): list calls with `label_selector`, "
        "a `field_selector` on another field, `limit`/`_continue`, "
        "`resource_version` or `watch`; a name expression that may have side "
        "effects; a list result used for something besides the search; a rewrite "
        "that would delete a comment."
    ),
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
            note="a list call with label_selector is flagged but not rewritten",
            code="""\
def job_exists(batch, namespace, name):
    jobs = batch.list_namespaced_job(namespace, label_selector="app=etl").items
    return any(j.metadata.name == name for j in jobs)
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
    references=(
        "https://kubernetes.io/docs/reference/using-api/api-concepts/",
        "https://github.com/apache/dolphinscheduler (K8sUtils.jobExist)",
    ),
)

RULES: dict[str, Rule] = {rule.code: rule for rule in (KUB001,)}


def markdown_table() -> str:
    """The README's rules table."""
    # The first kind stands in for all of them in the message column.
    example = next(iter(LIST_METHODS.values()))._asdict()
    rows = [
        "| Code | Name | Message (for Jobs) | Fix |",
        "| --- | --- | --- | --- |",
    ]
    rows.extend(
        f"| {r.code} | `{r.name}` | {r.message.format(**example)} | {r.applicability.value} |"
        for r in RULES.values()
    )
    return "\n".join(rows) + "\n"
