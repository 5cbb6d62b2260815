#!/usr/bin/env bash
# Reproduce every benchmark table and plot in benchmarks/ (about an hour on 2
# cores; flake8 is most of it). Needs: pip install -e '.[test,bench]'
# Run it on a quiet machine: every figure is a wall time.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
SITE_PACKAGES=$($PY -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
step() { echo "$(date +%T) $*" >&2; }

step "lint cost: the installed site-packages, a real tree"
$PY benchmarks/lint_cost.py "$SITE_PACKAGES" --repeat 3 --flake8-repeat 1 \
    > benchmarks/lint_cost_site_packages.md
step "lint cost: the generated 5,000-file corpus"
$PY benchmarks/lint_cost.py --files 5000 --client-fraction 0.02 --repeat 5 --flake8-repeat 3 \
    > benchmarks/lint_cost.md
step "lint cost: every file uses the client"
$PY benchmarks/lint_cost.py --files 500 --client-fraction 1.0 --repeat 3 --skip-flake8 --per-file \
    > benchmarks/lint_cost_all_client.md
$PY benchmarks/plot_lint.py benchmarks/lint_cost.md benchmarks/lint_cost.png
step "rbac cost: 700 YAML files with large CRDs"
$PY benchmarks/rbac_cost.py --repeat 3 > benchmarks/rbac_cost.md
step "runtime helper overhead"
$PY benchmarks/runtime_overhead.py > benchmarks/runtime_overhead.txt
step "runtime savings: sync client"
$PY benchmarks/runtime_savings.py --plot benchmarks/runtime_savings.png > benchmarks/runtime_savings.md
step "runtime savings: async client"
$PY benchmarks/runtime_savings.py --client async > benchmarks/runtime_savings_async.md
step "generated space: recall and fix safety"
$PY benchmarks/generated_space.py --docs
step "metamorphic variants of the corpus"
$PY benchmarks/metamorphic.py
step "done"
