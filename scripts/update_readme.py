"""Rewrite README.md's generated parts: the rules table from the rule
registry, the known list methods from the kind table, and what each fix makes
of the list arguments from the arguments table.

python scripts/update_readme.py
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from k8s_lint.rules import arguments_table, markdown_methods, markdown_table

README = Path(__file__).resolve().parent.parent / "README.md"
# Each part sits between <!-- name --> and <!-- /name --> lines.
PARTS: dict[str, Callable[[], str]] = {
    "rules-table": markdown_table,
    "list-methods": markdown_methods,
    "list-arguments": arguments_table,
}


def updated(text: str) -> str:
    """The README text with every generated part made anew."""
    for name, render in PARTS.items():
        match = re.search(rf"<!-- {name} -->\n(.*?)<!-- /{name} -->", text, re.S)
        if match is None:
            raise SystemExit(f"README.md has no <!-- {name} --> part")
        text = text[: match.start(1)] + render() + text[match.end(1) :]
    return text


def main() -> None:
    README.write_text(updated(README.read_text()))


if __name__ == "__main__":
    main()
