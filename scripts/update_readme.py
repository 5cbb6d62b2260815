"""Rewrite README.md's rules table from the rule registry.

python scripts/update_readme.py
"""

from __future__ import annotations

import re
from pathlib import Path

from k8s_lint.rules import markdown_table

README = Path(__file__).resolve().parent.parent / "README.md"
_TABLE = re.compile(r"(<!-- rules-table -->\n).*?(<!-- /rules-table -->)", re.S)


def main() -> None:
    text = README.read_text()
    updated = _TABLE.sub(lambda m: m.group(1) + markdown_table() + m.group(2), text)
    README.write_text(updated)


if __name__ == "__main__":
    main()
