"""mkdocs hooks (``hooks:`` in mkdocs.yml) for the documentation site.

- Pages that live beside what they describe join the site without a copy:
  ``benchmarks/README.md`` (as ``benchmarks/method.md``), the other
  benchmark reports and their plots, and the test corpus's and held-out
  set's READMEs (under ``development/``).
- A generated part that is stale (``scripts/update_docs.py --check``) is a
  warning, so ``mkdocs build --strict`` fails on it as on a broken link.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import File, Files

ROOT = Path(__file__).resolve().parent.parent
log = get_plugin_logger("k8s-lint")


def included() -> dict[str, Path]:
    """Site path to the repository file served there."""
    pages = {
        "benchmarks/method.md": ROOT / "benchmarks" / "README.md",
        "development/corpus.md": ROOT / "tests" / "corpus" / "README.md",
        "development/heldout.md": ROOT / "tests" / "heldout" / "README.md",
    }
    for path in sorted((ROOT / "benchmarks").iterdir()):
        if path.suffix in {".md", ".png"} and path.name != "README.md":
            pages[f"benchmarks/{path.name}"] = path
    return pages


def on_files(files: Files, config: MkDocsConfig) -> Files:
    for uri, path in included().items():
        files.append(File.generated(config, uri, abs_src_path=str(path)))
    return files


def on_pre_build(config: MkDocsConfig) -> None:
    generator = ROOT / "scripts" / "update_docs.py"
    spec = importlib.util.spec_from_file_location("update_docs", generator)
    assert spec is not None and spec.loader is not None
    update_docs = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(update_docs)
    for path in update_docs.stale(Path(config.docs_dir), Path(config.config_file_path)):
        log.warning("%s is stale: run python scripts/update_docs.py", path)
