"""``k8s-lint vendor-helper``: copy the runtime helper into a code base, so
production images import it from the team's own module, not from the linter."""

from __future__ import annotations

from pathlib import Path

from . import __version__

RUNTIME = Path(__file__).with_name("runtime.py")
# The start of the header every vendored copy has, whatever its version.
HEADER = "# Vendored from k8s-lint "


class NotAHelper(Exception):
    """The path holds something else, which vendoring would destroy."""


def helper_source() -> str:
    header = (
        f"{HEADER}{__version__} (k8s_lint/runtime.py) by\n"
        "# `k8s-lint vendor-helper`; regenerate it with that command rather than editing.\n"
    )
    return header + RUNTIME.read_text(encoding="utf-8")


def is_vendored(path: Path) -> bool:
    """Whether ``path`` holds a helper that vendor-helper wrote (any version)."""
    try:
        with path.open(encoding="utf-8", errors="replace") as handle:
            return handle.read(len(HEADER)) == HEADER
    except OSError:
        return False


def vendor_helper(path: Path, force: bool = False) -> None:
    """Write the helper module to ``path`` (its folder must exist).

    An existing file is replaced only when it is a vendored helper already
    (an upgrade) or with ``force``: otherwise NotAHelper.
    """
    if path.exists() and not force and not is_vendored(path):
        raise NotAHelper(
            f"{path} exists and is not a vendored k8s-lint helper; pass --force to replace it"
        )
    path.write_text(helper_source(), encoding="utf-8")
