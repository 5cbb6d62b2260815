"""``k8s-lint vendor-helper``: copy the runtime helper into a code base, so
production images import it from the team's own module, not from the linter."""

from __future__ import annotations

from pathlib import Path

from . import __version__

RUNTIME = Path(__file__).with_name("runtime.py")


def helper_source() -> str:
    header = (
        f"# Vendored from k8s-lint {__version__} (k8s_lint/runtime.py) by\n"
        "# `k8s-lint vendor-helper`; regenerate it with that command rather than editing.\n"
    )
    return header + RUNTIME.read_text(encoding="utf-8")


def vendor_helper(path: Path) -> None:
    """Write the helper module to ``path`` (its folder must exist)."""
    path.write_text(helper_source(), encoding="utf-8")
