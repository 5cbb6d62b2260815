"""Replace list-and-search-by-name lookups with reads by name.

Installed as ``k8s_lint.codemods.read_by_name`` (the repository keeps it in
``codemods/``).  Run with ``python -m libcst.tool codemod --no-format
read_by_name.ReadByNameCommand PATH`` where ``.libcst.codemod.yaml`` lists
``k8s_lint.codemods`` under ``modules:``, or with no config at all as
``python -m libcst.tool codemod --no-format -x
k8s_lint.codemods.read_by_name.ReadByNameCommand PATH``.  The rewriting
itself is k8s-lint's engine, the same one behind ``k8s-lint fix`` and the
flake8 plugin, so the three always agree; this command adapts it to libcst's
codemod protocol: files without a fix are skipped, findings that cannot be
fixed are reported as warnings.
"""

from __future__ import annotations

import libcst as cst
from libcst.codemod import CodemodCommand, SkipFile

from k8s_lint.engine import fix_text
from k8s_lint.source import SourceError


class ReadByNameCommand(CodemodCommand):
    DESCRIPTION: str = (
        "Read Kubernetes objects by name instead of listing a namespace and "
        "searching the items (k8s-lint KUB rules)."
    )

    def transform_module_impl(self, tree: cst.Module) -> cst.Module:
        filename = self.context.filename or "<unknown>"
        try:
            result = fix_text(tree.code, filename)
        except SourceError as error:
            raise SkipFile(str(error)) from None
        for finding in result.remaining:
            self.warn(f"{finding.line}:{finding.column + 1}: {finding.rule.code} {finding.message}")
        if not result.changed:
            raise SkipFile("no lookup here can be rewritten")
        return cst.parse_module(result.text.encode(tree.encoding))
