#!/usr/bin/env bash
# Reproduce every benchmark table and plot in benchmarks/ (about 30 minutes on
# 2 cores; flake8 over 5,000 files is most of it). Needs: pip install -e '.[test,bench]'
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
$PY benchmarks/runtime_overhead.py > benchmarks/runtime_overhead.txt
$PY benchmarks/runtime_savings.py --plot benchmarks/runtime_savings.png > benchmarks/runtime_savings.md
$PY benchmarks/runtime_savings.py --client async > benchmarks/runtime_savings_async.md
$PY benchmarks/lint_cost.py --files 5000 --client-fraction 0.02 --repeat 1 --codemod-files 500 > benchmarks/lint_cost.md
$PY benchmarks/lint_cost.py --files 500 --client-fraction 1.0 --repeat 1 --codemod-files 500 --skip-flake8 > benchmarks/lint_cost_all_client.md
$PY benchmarks/lint_cost.py "$($PY -c 'import kubernetes, os; print(os.path.dirname(kubernetes.__file__))')" --repeat 1 --codemod-files 300 > benchmarks/lint_cost_kubernetes.md
$PY benchmarks/plot_lint.py benchmarks/lint_cost.md benchmarks/lint_cost.png
