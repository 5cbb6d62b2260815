"""The rule registry's examples and docs are true, and everything reads them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from k8s_lint.arguments import (
    BLOCKING,
    CARRIED,
    NEEDS_PAGING,
    SELECTABLE,
    UNSAFE_READ,
    UNSAFE_SELECTOR,
)
from k8s_lint.config import load
from k8s_lint.engine import fix_text, lint_text
from k8s_lint.kinds import CUSTOM_CLUSTER, DYNAMIC_GET, LIST_METHODS, SCOPES
from k8s_lint.rules import (
    KUB005,
    READ_RULES,
    RULES,
    Applicability,
    Example,
    Rule,
    arguments_table,
    markdown_methods,
    markdown_table,
)

# The rules index of the documentation site holds the generated tables.
RULES_INDEX = Path(__file__).parent.parent / "docs" / "rules" / "index.md"

PYTHON = [r for r in RULES.values() if r.language == "python"]
INVALID = [(r, e) for r in PYTHON for e in r.invalid]
VALID = [(r, e) for r in PYTHON for e in r.valid]


def where(example: Example, tmp_path: Path) -> dict[str, Any]:
    """How the example is linted: as text alone, or (an example with other
    files, such as a test and the code it tests) as a file of its project,
    written under ``tmp_path`` with the settings a run there would use."""
    if not example.files:
        return {}
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "example"\n')
    for path, text in [*example.files, (example.path, example.code)]:
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_text(text)
    path = tmp_path / example.path
    return {"filename": str(path), "config": load(path), "roots": (tmp_path,)}


@pytest.mark.parametrize(("rule", "example"), INVALID, ids=lambda x: getattr(x, "note", None))
def test_invalid_examples_are_flagged_and_fixed_as_documented(
    rule: Rule, example: Example, tmp_path: Path
) -> None:
    project = where(example, tmp_path)
    findings = lint_text(example.code, **project)
    assert [f.rule.code for f in findings] == [rule.code]
    unsafe = rule.applicability is Applicability.UNSAFE
    result = fix_text(example.code, unsafe=unsafe, **project)
    if example.fixed is None:
        assert result.text == example.code
        assert findings[0].reason
    else:
        assert result.text == example.fixed


@pytest.mark.parametrize(("rule", "example"), VALID, ids=lambda x: getattr(x, "note", None))
def test_valid_examples_are_clean(rule: Rule, example: Example, tmp_path: Path) -> None:
    assert lint_text(example.code, **where(example, tmp_path)) == []


@pytest.mark.parametrize("rule", RULES.values(), ids=lambda r: r.code)
def test_codes_and_names_follow_ruff(rule: Rule) -> None:
    assert rule.code[:3] == "KUB" and rule.code[3:].isdigit()
    assert rule.name == rule.name.lower() and " " not in rule.name


@pytest.mark.parametrize("render", [markdown_table, markdown_methods, arguments_table])
def test_docs_parts_are_generated_from_the_tables(render: Callable[[], str]) -> None:
    """The rules table, the known list methods and the arguments' fixes, as
    scripts/update_docs.py writes them from today's tables."""
    assert render() in RULES_INDEX.read_text()


def test_a_table_changed_without_regenerating_the_docs_fails(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    index = RULES_INDEX.read_text()
    # A copy without one method (deleting and restoring the key would move it
    # to the end of the shared table, and every later rendering with it).
    fewer = {k: v for k, v in LIST_METHODS.items() if k != "list_namespaced_job"}
    monkeypatch.setattr("k8s_lint.rules.LIST_METHODS", fewer)
    assert markdown_methods() not in index
    monkeypatch.setitem(SELECTABLE, "sort_by", "sort_by orders the list, which a read cannot")
    assert arguments_table() not in index


def test_every_argument_of_the_tables_is_documented() -> None:
    """Each argument the fixes know, with what its table says of it."""
    table = arguments_table()
    for argument in CARRIED:
        assert f"`{argument}" in table
    for argument, why in [*SELECTABLE.items(), *BLOCKING.items()]:
        assert f"`{argument}" in table and why in table
    for texts in (UNSAFE_READ, NEEDS_PAGING, UNSAFE_SELECTOR):
        assert all(why in table for why in texts.values())


@pytest.mark.parametrize("rule", [r for r in RULES.values() if r.scopes], ids=lambda r: r.code)
def test_rule_pages_list_the_known_methods_and_the_arguments(rule: Rule) -> None:
    """Every list method of the rule's scopes is on its page, or (KUB005)
    the rule that reads them is named; and the arguments' table."""
    docs = rule.docs()
    known = docs.split("Known list methods", 1)[1].split("## Why is this bad?", 1)[0]
    for method in [*LIST_METHODS.values(), DYNAMIC_GET]:
        if method.scope not in rule.scopes:
            assert f"`{method.list_method}`" not in known
        elif READ_RULES.get(method.scope, rule) is rule:
            assert f"`{method.list_method}`" in known
        else:
            assert f"those of {READ_RULES[method.scope].code}" in known
    assert arguments_table() in docs


def test_every_scope_has_one_reading_rule_or_only_the_field_selector() -> None:
    """The scope decides the rule of a read fix: one rule per scope, and
    list_cluster_custom_object only KUB005's."""
    readers = [s for r in RULES.values() if r.needs_get for s in r.scopes]
    assert len(readers) == len(set(readers))
    assert set(readers) == set(SCOPES) - {CUSTOM_CLUSTER}
    assert set(KUB005.scopes) == set(SCOPES)


def test_manifest_rule_examples_are_flagged_and_the_fix_is_clean(tmp_path: Path) -> None:
    from k8s_lint.rbac import Resource, check_manifest

    for rule in RULES.values():
        if rule.language != "yaml":
            continue
        for example in rule.invalid:
            jobs = {Resource("jobs", "batch")}
            assert check_manifest(tmp_path / "role.yaml", example.code, jobs)
            assert check_manifest(tmp_path / "role.yaml", example.fixed or "", jobs) == []
