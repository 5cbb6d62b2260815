"""The documentation site (``mkdocs.yml``, ``docs/``): every rule has a page
saying what ``k8s-lint rule CODE`` prints, the generated parts are current,
and ``mkdocs build --strict`` passes, so that a broken link or anchor, or a
stale generated page, fails the test command."""

from __future__ import annotations

import dataclasses
import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml
from command import k8s_lint

from k8s_lint.rules import RULES

ROOT = Path(__file__).parent.parent
DOCS = ROOT / "docs"
MKDOCS = ROOT / "mkdocs.yml"


def load_update_docs() -> ModuleType:
    """scripts/update_docs.py, the generator (scripts/ is no package)."""
    generator = ROOT / "scripts" / "update_docs.py"
    spec = importlib.util.spec_from_file_location("update_docs", generator)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


update_docs = load_update_docs()


def nav_pages(entries: list[Any]) -> list[str]:
    """Every page the navigation names, at any depth."""
    pages = []
    for entry in entries:
        value = next(iter(entry.values())) if isinstance(entry, dict) else entry
        pages += nav_pages(value) if isinstance(value, list) else [value]
    return pages


def test_every_rule_has_a_page_with_what_k8s_lint_rule_prints() -> None:
    printed = k8s_lint("rule", "--all")
    assert printed.returncode == 0, printed.stderr
    bodies = []
    for code in RULES:
        header, body = (DOCS / "rules" / f"{code}.md").read_text().split("\n\n", 1)
        assert header.startswith("<!-- Generated from k8s_lint/rules.py")
        bodies.append(body)
    # `rule --all` prints every rule's docs, one blank line apart.
    assert "\n".join(bodies) == printed.stdout


def test_every_rule_page_is_in_the_navigation_and_the_rules_table() -> None:
    nav = nav_pages(yaml.safe_load(MKDOCS.read_text())["nav"])
    table = (DOCS / "rules" / "index.md").read_text()
    for code in RULES:
        assert f"rules/{code}.md" in nav
        assert f"| [{code}]({code}.md) |" in table
    assert sorted(p.name for p in (DOCS / "rules").glob("KUB*.md")) == sorted(
        f"{code}.md" for code in RULES
    )


def test_the_generated_parts_are_current() -> None:
    """scripts/update_docs.py would change nothing."""
    assert update_docs.stale() == []


def test_a_rule_changed_or_added_without_regenerating_is_stale(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    kub001 = RULES["KUB001"]
    monkeypatch.setitem(RULES, "KUB001", dataclasses.replace(kub001, why_bad="Changed."))
    assert update_docs.stale() == [DOCS / "rules" / "KUB001.md"]
    # A new rule without list scopes (as KUB100): the other pages stay as they are.
    new = dataclasses.replace(RULES["KUB100"], code="KUB999", name="new")
    monkeypatch.setitem(RULES, "KUB999", new)
    assert set(update_docs.stale()) == {
        DOCS / "rules" / "KUB001.md",
        DOCS / "rules" / "KUB999.md",  # no page yet
        DOCS / "rules" / "index.md",  # the rules table
        MKDOCS,  # the navigation
    }


def build(config: Path, site: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config), "-d", str(site)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )


def test_the_site_builds_strict(tmp_path: Path) -> None:
    result = build(MKDOCS, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    site = tmp_path / "site"
    for code in RULES:
        assert (site / "rules" / code / "index.html").is_file()
    # Pages and plots that live beside their code join the site.
    for served in ["benchmarks/method/index.html", "benchmarks/runtime_savings.png"]:
        assert (site / served).is_file()
    assert (site / "development" / "corpus" / "index.html").is_file()


@pytest.mark.parametrize(
    ("page", "added", "said"),
    [
        ("ci.md", "\nSee [a page](nowhere.md).\n", "nowhere.md"),
        ("ci.md", "\nSee [RBAC](rbac.md#nowhere).\n", "#nowhere"),
        ("rules/KUB001.md", "\nEdited by hand.\n", "KUB001.md is stale"),
    ],
    ids=["broken-link", "broken-anchor", "stale-rule-page"],
)
def test_a_broken_link_or_a_stale_page_fails_the_build(
    tmp_path: Path, page: str, added: str, said: str
) -> None:
    """The same site from a copy of docs/ with one fault in it."""
    docs = tmp_path / "docs"
    shutil.copytree(DOCS, docs)
    with (docs / page).open("a") as edited:
        edited.write(added)
    config = MKDOCS.read_text()
    config, found = re.subn(r"^docs_dir: .*$", f"docs_dir: {docs}", config, flags=re.M)
    assert found == 1
    hooks = ROOT / "scripts" / "docs_hooks.py"
    config = config.replace("  - scripts/docs_hooks.py", f"  - {hooks}")
    (tmp_path / "mkdocs.yml").write_text(config)
    result = build(tmp_path / "mkdocs.yml", tmp_path / "site")
    assert result.returncode == 1
    [warning] = [line for line in result.stderr.splitlines() if line.startswith("WARNING")]
    assert said in warning


def test_the_readmes_links_reach_files_and_headings_that_exist() -> None:
    """The README is read outside the site (on a forge, in a clone): each
    relative link names a file of the repository, and each ``#anchor`` a
    heading of it, as the site's Markdown spells heading ids."""
    from markdown.extensions.toc import slugify

    links = re.findall(r"\]\(([^)\s]+)\)", (ROOT / "README.md").read_text())
    local = [link for link in links if not re.match(r"[a-z]+:", link)]
    assert local, "the README links into docs/"
    for link in local:
        path, _, anchor = link.partition("#")
        target = ROOT / path
        assert target.is_file(), link
        if anchor:
            headings = re.findall(r"^#+ (.+)$", target.read_text(), re.M)
            assert anchor in [slugify(h.replace("`", ""), "-") for h in headings], link
