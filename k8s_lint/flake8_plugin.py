"""The flake8 plugin: KUB findings from the tree flake8 has already parsed.

flake8 runs every installed plugin on every file and aborts the whole run
when one raises, so this plugin decides from the raw text first (most files
never reach the analysis) and never lets an exception escape.
"""

from __future__ import annotations

import ast
import logging
from collections.abc import Iterator, Sequence

from . import __version__
from .analysis import analyze, might_match
from .config import Config
from .source import Source
from .stale_mock_rule import applies, stale_mocks

DEFAULTS = Config()

LOG = logging.getLogger(__name__)


class Plugin:
    name = "k8s-lint"
    version = __version__

    def __init__(self, tree: ast.Module, lines: Sequence[str], filename: str = "-") -> None:
        self.tree = tree
        self.lines = lines
        self.filename = filename

    def run(self) -> Iterator[tuple[int, int, str, type]]:
        text = "".join(self.lines)
        lookups = might_match(text)
        try:
            # A test's mocks (KUB101): its project found from the file, as
            # `k8s-lint check` finds it from a named file.
            test = applies(text, self.filename, DEFAULTS, ())
            if not (lookups or test):
                return
            source = Source(text)
            found = analyze(source, self.tree) if lookups else []
            if test is not None:
                found += stale_mocks(source, self.tree, test)
            # flake8 honours noqa comments per physical line; filtering here adds
            # what the CLI honours too: a noqa anywhere in a multi-line statement.
            findings = [f for f in found if not source.suppressed(f.line, f.rule.code)]
        except Exception:  # never abort flake8 because of this plugin
            LOG.warning("k8s-lint failed on this file; no KUB findings for it", exc_info=True)
            return
        for finding in findings:
            yield finding.line, finding.column, f"{finding.rule.code} {finding.message}", type(self)
