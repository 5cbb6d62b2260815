"""Each shape: flagged, fixed to the expected text, stable, clean afterwards."""

from __future__ import annotations

import pytest
from cases import FIXED, Clean, Fixed, Unfixed, Unsafe
from family_cases import ALL_CLEAN, ALL_FIXED, ALL_UNFIXED, ALL_UNSAFE

from k8s_lint.engine import fix_text, lint_text


@pytest.mark.parametrize("case", ALL_FIXED, ids=lambda c: c.id)
def test_fixed(case: Fixed) -> None:
    findings = lint_text(case.before)
    assert findings, case.proves
    assert {f.rule.code for f in findings} == {case.code}
    assert all(f.fix is not None and f.reason is None for f in findings)
    result = fix_text(case.before)
    assert result.text == case.after, case.proves
    assert len(result.fixed) == len(findings)


@pytest.mark.parametrize("case", ALL_FIXED, ids=lambda c: c.id)
def test_fix_is_idempotent_and_leaves_nothing(case: Fixed) -> None:
    once = fix_text(case.before).text
    assert fix_text(once).text == once
    assert lint_text(once) == []
    compile(once, "<fixed>", "exec")


@pytest.mark.parametrize("case", ALL_UNFIXED, ids=lambda c: c.id)
def test_unfixed(case: Unfixed) -> None:
    [finding] = lint_text(case.code)
    assert finding.fix is None
    assert finding.reason is not None and case.reason in finding.reason, case.proves
    assert f"(not fixed: {finding.reason})" in finding.message
    result = fix_text(case.code)
    assert result.text == case.code
    assert result.remaining == [finding]


@pytest.mark.parametrize("case", ALL_UNSAFE, ids=lambda c: c.id)
def test_unsafe_fix_only_with_unsafe_fixes(case: Unsafe) -> None:
    [finding] = lint_text(case.before)
    assert finding.unsafe and finding.fix is not None and finding.reason is None
    assert case.caveat in (finding.fix.caveat or ""), case.proves
    assert "unsafe fix, with --unsafe-fixes" in finding.message
    untouched = fix_text(case.before)
    assert untouched.text == case.before and untouched.remaining == [finding]
    applied = fix_text(case.before, unsafe=True)
    assert applied.text == case.after
    assert lint_text(applied.text) == []


@pytest.mark.parametrize("case", ALL_CLEAN, ids=lambda c: c.id)
def test_clean(case: Clean) -> None:
    assert lint_text(case.code) == [], case.proves
    assert fix_text(case.code).text == case.code


def test_finding_position_is_the_list_call() -> None:
    [finding] = lint_text(FIXED[0].before)
    assert (finding.line, finding.column) == (2, 48)
    assert finding.rule.code == "KUB001"
    assert finding.message == (
        "list_namespaced_job() searched by name downloads every Job in the namespace; "
        "read it with read_namespaced_job()"
    )


def test_columns_count_characters_not_bytes() -> None:
    code = FIXED[0].before.replace("return any", "x = 'é'; return any")
    [finding] = lint_text(code)
    assert finding.column == 48 + len("x = 'é'; ")
