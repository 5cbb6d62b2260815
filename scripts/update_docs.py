"""Rewrite the documentation's generated parts from the tables the code reads.

- ``docs/rules/<CODE>.md``: one page per rule of the registry
  (``k8s_lint/rules.py``), the text ``k8s-lint rule CODE`` prints;
- in ``docs/rules/index.md``: the rules table, the known list methods (from
  the kind table) and what each fix makes of the list arguments (from the
  arguments table);
- in ``mkdocs.yml``: the rule pages in the site's navigation.

python scripts/update_docs.py          # write them
python scripts/update_docs.py --check  # exit 1, naming each stale file

``tests/test_docs.py`` fails while a generated part is stale, and the site's
build hook (``scripts/docs_hooks.py``) warns, which fails ``mkdocs build
--strict``.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from pathlib import Path

from k8s_lint.rules import RULES, Rule, arguments_table, markdown_methods, markdown_table

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
MKDOCS = ROOT / "mkdocs.yml"

# Each part of a page sits between <!-- name --> and <!-- /name --> lines.
PARTS: dict[str, Callable[[], str]] = {
    "rules-table": markdown_table,
    "list-methods": markdown_methods,
    "list-arguments": arguments_table,
}
# In mkdocs.yml, between "# rule-pages" and "# /rule-pages" comment lines.
NAV = re.compile(r"^( *)# rule-pages\n(.*?)^ *# /rule-pages\n", re.M | re.S)
HEADER = (
    "<!-- Generated from k8s_lint/rules.py by scripts/update_docs.py "
    "(`k8s-lint rule {code}` prints the same); tests/test_docs.py checks it. -->\n\n"
)


def rule_page(rule: Rule) -> str:
    """A rule's page: its documentation as ``k8s-lint rule CODE`` prints it."""
    return HEADER.format(code=rule.code) + rule.docs()


def with_parts(text: str) -> str:
    """The rules index with every generated part made anew."""
    for name, render in PARTS.items():
        match = re.search(rf"<!-- {name} -->\n(.*?)<!-- /{name} -->", text, re.S)
        if match is None:
            raise SystemExit(f"docs/rules/index.md has no <!-- {name} --> part")
        text = text[: match.start(1)] + render() + text[match.end(1) :]
    return text


def with_nav(text: str) -> str:
    """mkdocs.yml with one navigation entry per rule page."""
    match = NAV.search(text)
    if match is None:
        raise SystemExit("mkdocs.yml has no '# rule-pages' part")
    indent = match.group(1)
    entries = "".join(
        f"{indent}- {rule.code} {rule.name}: rules/{rule.code}.md\n" for rule in RULES.values()
    )
    return text[: match.start(2)] + entries + text[match.end(2) :]


def expected(docs: Path = DOCS, mkdocs: Path = MKDOCS) -> dict[Path, str]:
    """Every generated file with the text it should have today: the rule
    pages and the rules index under ``docs``, and the ``mkdocs`` config."""
    rules = docs / "rules"
    pages = {rules / f"{rule.code}.md": rule_page(rule) for rule in RULES.values()}
    index = rules / "index.md"
    return {**pages, index: with_parts(index.read_text()), mkdocs: with_nav(mkdocs.read_text())}


def stale(docs: Path = DOCS, mkdocs: Path = MKDOCS) -> list[Path]:
    """The generated files whose text is not what the tables make, and rule
    pages of codes the registry no longer has."""
    made = expected(docs, mkdocs)
    wrong = [p for p, text in made.items() if not p.exists() or p.read_text() != text]
    orphans = [p for p in (docs / "rules").glob("KUB*.md") if p not in made]
    return sorted(wrong + orphans)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 if stale")
    args = parser.parse_args()
    if args.check:
        paths = stale()
        for path in paths:
            print(f"stale: {path.relative_to(ROOT)}", file=sys.stderr)
        raise SystemExit(1 if paths else 0)
    for path, text in expected().items():
        if not path.exists() or path.read_text() != text:
            path.write_text(text)
    for path in stale():  # only orphans remain
        path.unlink()


if __name__ == "__main__":
    main()
