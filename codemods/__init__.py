"""libcst codemod commands of k8s-lint (``python -m libcst.tool codemod``),
installed as ``k8s_lint.codemods``."""
