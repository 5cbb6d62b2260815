"""The rule registry's examples and docs are true, and everything reads them."""

from __future__ import annotations

from pathlib import Path

import pytest

from k8s_lint.engine import fix_text, lint_text
from k8s_lint.rules import RULES, Example, Rule, markdown_table

README = Path(__file__).parent.parent / "README.md"

PYTHON = [r for r in RULES.values() if r.language == "python"]
INVALID = [(r, e) for r in PYTHON for e in r.invalid]
VALID = [(r, e) for r in PYTHON for e in r.valid]


@pytest.mark.parametrize(("rule", "example"), INVALID, ids=lambda x: getattr(x, "note", None))
def test_invalid_examples_are_flagged_and_fixed_as_documented(rule: Rule, example: Example) -> None:
    findings = lint_text(example.code)
    assert [f.rule.code for f in findings] == [rule.code]
    result = fix_text(example.code)
    if example.fixed is None:
        assert result.text == example.code
        assert findings[0].reason
    else:
        assert result.text == example.fixed


@pytest.mark.parametrize(("rule", "example"), VALID, ids=lambda x: getattr(x, "note", None))
def test_valid_examples_are_clean(rule: Rule, example: Example) -> None:
    assert lint_text(example.code) == []


@pytest.mark.parametrize("rule", RULES.values(), ids=lambda r: r.code)
def test_codes_and_names_follow_ruff(rule: Rule) -> None:
    assert rule.code[:3] == "KUB" and rule.code[3:].isdigit()
    assert rule.name == rule.name.lower() and " " not in rule.name


def test_readme_rules_table_is_generated_from_the_registry() -> None:
    assert markdown_table() in README.read_text()


def test_manifest_rule_examples_are_flagged_and_the_fix_is_clean(tmp_path: Path) -> None:
    from k8s_lint.rbac import Resource, check_manifest

    for rule in RULES.values():
        if rule.language != "yaml":
            continue
        for example in rule.invalid:
            jobs = {Resource("jobs", "batch")}
            assert check_manifest(tmp_path / "role.yaml", example.code, jobs)
            assert check_manifest(tmp_path / "role.yaml", example.fixed or "", jobs) == []
