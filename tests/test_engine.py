"""The engine: where a finding is reported, and fixes that would not compile are
dropped, never written."""

from __future__ import annotations

import dataclasses

import pytest
from corpus_cases import fixed

from k8s_lint import engine
from k8s_lint.analysis import Finding, analyze
from k8s_lint.engine import lint_text
from k8s_lint.fixes import Edit

TWO_LOOKUPS = """\
def first(batch, ns, name):
    return any(j.metadata.name == name for j in batch.list_namespaced_job(ns).items)


def second(batch, ns, name):
    return any(j.metadata.name == name for j in batch.list_namespaced_pod(ns).items)
"""


def test_a_fix_that_would_not_compile_is_dropped_and_the_rest_applied(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def analyze_with_a_bad_pod_fix(source, tree, *options):  # type: ignore[no-untyped-def]
        findings: list[Finding] = []
        for finding in analyze(source, tree, *options):
            if finding.method.kind == "Pod" and finding.fix is not None:
                bad = (Edit(finding.fix.edits[0].start, finding.fix.edits[0].end, "exists(("),)
                finding = dataclasses.replace(
                    finding, fix=dataclasses.replace(finding.fix, edits=bad)
                )
            findings.append(finding)
        return findings

    monkeypatch.setattr(engine, "analyze", analyze_with_a_bad_pod_fix)
    result = engine.fix_text(TWO_LOOKUPS)
    assert [f.method.kind for f in result.fixed] == ["Job"]
    assert [f.method.kind for f in result.broken] == ["Pod"]
    compile(result.text, "<fixed>", "exec")
    assert "batch.list_namespaced_pod(ns)" in result.text
    assert "exists(batch.read_namespaced_job" in result.text


def test_finding_position_is_the_list_call() -> None:
    [finding] = lint_text(fixed("any").before)
    assert (finding.line, finding.column) == (2, 48)
    assert finding.rule.code == "KUB001"
    assert finding.message == (
        "list_namespaced_job() searched by name downloads every Job in the namespace; "
        "read it with read_namespaced_job()"
    )


def test_columns_count_characters_not_bytes() -> None:
    code = fixed("any").before.replace("return any", "x = 'é'; return any")
    [finding] = lint_text(code)
    assert finding.column == 48 + len("x = 'é'; ")
