"""`k8s-lint rbac`: roles that grant list but not get on what the code reads."""

from __future__ import annotations

import json
import shutil
import textwrap
from pathlib import Path

import pytest
from command import k8s_lint

from k8s_lint.rbac import Resource, Skipped, check_manifest

JOBS = {Resource("jobs", "batch")}
PODS = {Resource("pods", "")}


def role(rules: str, kind: str = "Role", extra: str = "") -> str:
    """A role manifest; ``rules`` is a YAML list, ``extra`` more top-level keys."""
    return (
        "apiVersion: rbac.authorization.k8s.io/v1\n"
        f"kind: {kind}\n"
        "metadata: {name: runner, namespace: ci}\n"
        f"{extra}"
        "rules:\n" + textwrap.indent(textwrap.dedent(rules), "  ") + "\n"
    )


def problems(text: str, reads: set[Resource] = JOBS) -> list[str]:
    verdicts = check_manifest(Path("rbac.yaml"), text, reads)
    assert not isinstance(verdicts, Skipped)
    return [v.problem for v in verdicts]


@pytest.mark.parametrize(
    ("rules", "expected", "why"),
    [
        ("- {apiGroups: [batch], resources: [jobs], verbs: [get, list]}", [], "get and list"),
        (
            "- {apiGroups: [batch], resources: [jobs], verbs: [list]}",
            ["list-without-get"],
            "list only",
        ),
        (
            "- {apiGroups: [batch], resources: [jobs], verbs: [list]}\n"
            "- {apiGroups: [batch], resources: [jobs], verbs: [get]}",
            [],
            "rules add up",
        ),
        ("- {apiGroups: [batch], resources: [jobs], verbs: ['*']}", [], "wildcard verbs"),
        (
            "- {apiGroups: ['*'], resources: ['*'], verbs: [list]}",
            ["list-without-get"],
            "wildcards",
        ),
        ("- {apiGroups: [''], resources: [jobs], verbs: [list]}", [], "core group is not batch"),
        ("- {apiGroups: [batch], resources: [jobs/status], verbs: [list]}", [], "subresource"),
        (
            "- {apiGroups: [batch], resources: [jobs], verbs: [list]}\n"
            "- {apiGroups: [batch], resources: [jobs], verbs: [get], resourceNames: [etl]}",
            ["get-limited"],
            "resourceNames limit get: can't tell",
        ),
        ("- {apiGroups: [batch], resources: [cronjobs], verbs: [list]}", [], "another resource"),
    ],
)
def test_rules(rules: str, expected: list[str], why: str) -> None:
    assert problems(role(rules)) == expected, why


def test_core_group_and_cluster_roles() -> None:
    text = role("- {apiGroups: [''], resources: [pods], verbs: [list]}", kind="ClusterRole")
    assert problems(text, PODS) == ["list-without-get"]


def test_aggregated_cluster_role_cannot_be_told() -> None:
    extra = "aggregationRule:\n  clusterRoleSelectors: [{matchLabels: {team: ci}}]\n"
    assert problems(role("[]", kind="ClusterRole", extra=extra)) == ["aggregated"]


def test_multi_document_files_and_lists() -> None:
    listed = role("- {apiGroups: [batch], resources: [jobs], verbs: [list]}")
    as_item = "  - " + listed.replace("\n", "\n    ").rstrip() + "\n"
    text = (
        "apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: sa}\n---\n"
        + listed
        + "---\napiVersion: v1\nkind: List\nitems:\n"
        + as_item
    )
    verdicts = check_manifest(Path("rbac.yaml"), text, JOBS)
    assert not isinstance(verdicts, Skipped)
    assert [v.line for v in verdicts] == [5, 11]  # the role, and the List holding one


def test_helm_templates_are_skipped_not_parsed() -> None:
    text = role("- {apiGroups: [batch], resources: [jobs], verbs: [{{ .Values.verbs }}]}")
    assert isinstance(check_manifest(Path("t.yaml"), text, JOBS), Skipped)


def test_examples_tree_reported_then_clean_once_get_is_granted(tmp_path: Path) -> None:
    shutil.copytree(Path(__file__).parent.parent / "examples", tmp_path / "examples")
    before = k8s_lint("rbac", "examples", cwd=tmp_path)
    assert before.returncode == 1
    assert "KUB100 Role jobs/scheduler-jobs grants list on jobs.batch but not get" in before.stdout
    manifest = tmp_path / "examples" / "deploy" / "rbac.yaml"
    manifest.write_text(manifest.read_text().replace('verbs: ["list",', 'verbs: ["get", "list",'))
    after = k8s_lint("rbac", "examples", cwd=tmp_path)
    assert (after.returncode, after.stdout) == (0, "")


def test_formats_invalid_yaml_and_templates(tmp_path: Path) -> None:
    (tmp_path / "jobs.py").write_text(
        "def f(batch, ns, n):\n    return batch.read_namespaced_job(n, ns)\n"
    )
    (tmp_path / "role.yaml").write_text(
        role("- {apiGroups: [batch], resources: [jobs], verbs: [list]}")
    )
    (tmp_path / "broken.yaml").write_text("kind: Role\nrules: [unclosed\n")
    (tmp_path / "chart.yaml").write_text("kind: Role\nmetadata: {name: {{ .Release.Name }}}\n")
    text = k8s_lint("rbac", ".", cwd=tmp_path)
    assert text.returncode == 2, "invalid YAML: the run goes on but is incomplete"
    assert "role.yaml:1:1: KUB100" in text.stdout
    assert "error: broken.yaml: cannot read RBAC manifest" in text.stderr
    assert "note: skipped chart.yaml: a template" in text.stderr
    for output_format in ("json", "sarif", "github"):
        result = k8s_lint("rbac", "--output-format", output_format, ".", cwd=tmp_path)
        assert result.returncode == 2 and "KUB100" in result.stdout
        assert "broken.yaml" in result.stdout
    items = json.loads(k8s_lint("rbac", "--output-format", "json", ".", cwd=tmp_path).stdout)
    assert [i["code"] for i in items] == ["KUB100", None]


def test_fix_ends_with_the_rbac_verdict(tmp_path: Path) -> None:
    from corpus_cases import fixed

    (tmp_path / "pyproject.toml").write_text("[tool.k8s-lint]\n")
    (tmp_path / "jobs.py").write_text(fixed("any").before)
    (tmp_path / "role.yaml").write_text(
        role("- {apiGroups: [batch], resources: [jobs], verbs: [list]}")
    )
    result = k8s_lint("fix", "jobs.py", cwd=tmp_path)
    assert (
        "RBAC: " in result.stderr
        and "role.yaml:1: Role ci/runner grants list on jobs.batch" in result.stderr
    )
