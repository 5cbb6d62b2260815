"""What `k8s-lint rbac` costs, and what the RBAC verdict adds to a `fix` run,
on a tree of many YAML files with large CRD manifests among them.

    python benchmarks/rbac_cost.py [--yaml-files 700] [--crds 20] [--crd-kb 800]
        [--repeat 3] [--baseline DIR]

The tree is generated: small manifests (Deployments, Services, ConfigMaps),
--crds CustomResourceDefinitions of about --crd-kb KB each (deep OpenAPI
schemas, as real operators ship), a few Roles, an mkdocs.yml with a python
tag, and Python code that lists Jobs to find one by name.  Each command runs
--repeat times, the median wall time reported.  The floors parse every YAML
file in-process, as `rbac` would without its text test.  --baseline DIR runs
`rbac` and `fix` again from another checkout's source (PYTHONPATH=DIR), e.g.
an older commit's, for a before/after.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PYTHON = sys.executable
LOOKUP = """\
def job_exist(batch, name, namespace):
    for job in batch.list_namespaced_job(namespace).items:
        if job.metadata.name == name:
            return True
    return False
"""
PLAIN = "def f{i}(x):\n    return x + {i}\n"
SMALL = """\
apiVersion: apps/v1
kind: Deployment
metadata: {{name: app-{i}, namespace: team-{n}}}
spec:
  replicas: 2
  selector: {{matchLabels: {{app: app-{i}}}}}
  template:
    metadata: {{labels: {{app: app-{i}}}}}
    spec:
      containers:
        - name: app
          image: registry.example.com/app:{i}
          ports: [{{containerPort: 8080}}]
          env: [{{name: MODE, value: serve}}]
---
apiVersion: v1
kind: Service
metadata: {{name: app-{i}, namespace: team-{n}}}
spec: {{selector: {{app: app-{i}}}, ports: [{{port: 80, targetPort: 8080}}]}}
---
apiVersion: v1
kind: ConfigMap
metadata: {{name: app-{i}, namespace: team-{n}}}
data: {{LOG_LEVEL: info, REGION: eu-{n}}}
"""
ROLE = """\
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: {{name: runner-{i}, namespace: team-{i}}}
rules:
  - apiGroups: [batch]
    resources: [jobs]
    verbs: [{verbs}]
"""
MKDOCS = """\
site_name: docs
markdown_extensions:
  - pymdownx.emoji:
      emoji_index: !!python/name:material.extensions.emoji.twemoji
"""


def crd(index: int, kb: int) -> str:
    """A CustomResourceDefinition whose schema is about ``kb`` KB, as deep as
    the ones operators generate."""
    field = (
        "                    field{j}:\n"
        "                      type: object\n"
        "                      description: Settings of part {j} of the resource, as generated.\n"
        "                      properties:\n"
        "                        name: {{type: string, description: Its name.}}\n"
        "                        size: {{type: integer, format: int64, minimum: 0}}\n"
        "                        labels: {{type: object, additionalProperties: {{type: string}}}}\n"
    )
    one = len(field.format(j=0))
    fields = "".join(field.format(j=j) for j in range(kb * 1024 // one))
    return (
        "apiVersion: apiextensions.k8s.io/v1\n"
        "kind: CustomResourceDefinition\n"
        f"metadata: {{name: widgets{index}.example.com}}\n"
        "spec:\n"
        "  group: example.com\n"
        f"  names: {{kind: Widget{index}, plural: widgets{index}}}\n"
        "  scope: Namespaced\n"
        "  versions:\n"
        "    - name: v1\n"
        "      served: true\n"
        "      storage: true\n"
        "      schema:\n"
        "        openAPIV3Schema:\n"
        "          type: object\n"
        "          properties:\n"
        "            spec:\n"
        "              type: object\n"
        "              properties:\n"
        "                parts:\n"
        "                  type: object\n"
        "                  properties:\n" + fields
    )


def generate(root: Path, yaml_files: int, crds: int, crd_kb: int) -> None:
    (root / "src").mkdir(parents=True)
    (root / "pyproject.toml").write_text("[tool.k8s-lint]\n")
    (root / "src" / "jobs.py").write_text(LOOKUP)
    for i in range(30):
        (root / "src" / f"module{i}.py").write_text(PLAIN.format(i=i))
    (root / "mkdocs.yml").write_text(MKDOCS)
    (root / ".pre-commit-config.yaml").write_text("repos: []\n")
    for i in range(crds):
        (root / "crds").mkdir(exist_ok=True)
        (root / "crds" / f"widget{i}.yaml").write_text(crd(i, crd_kb))
    roles = 10
    for i in range(roles):
        (root / "rbac").mkdir(exist_ok=True)
        verbs = "list" if i == 0 else "get, list, watch"
        (root / "rbac" / f"role{i}.yaml").write_text(ROLE.format(i=i, verbs=verbs))
    for i in range(max(0, yaml_files - crds - roles - 2)):
        folder = root / "deploy" / f"team-{i % 20}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"app{i}.yaml").write_text(SMALL.format(i=i, n=i % 20))


def once(command: list[str], cwd: Path, env: dict[str, str], before: str | None = None) -> float:
    """Wall seconds of one run (exit 1 is "found something"; a baseline may
    exit 2 on mkdocs.yml, which older versions could not read); ``before``,
    the jobs.py to put back first, so that every fix run has its rewrite to do."""
    if before is not None:
        (cwd / "src" / "jobs.py").write_text(before)
    start = time.perf_counter()
    result = subprocess.run(
        command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    elapsed = time.perf_counter() - start
    if result.returncode > (2 if "PYTHONPATH" in env else 1):
        sys.exit(f"{' '.join(command)} failed ({result.returncode}):\n{result.stderr[-2000:]}")
    return elapsed


def timed(
    command: list[str], cwd: Path, repeat: int, env: dict[str, str], before: str | None = None
) -> float:
    return statistics.median(once(command, cwd, env, before) for _ in range(repeat))


def parse_all(root: Path, loader_name: str) -> float:
    """Seconds to parse every YAML file under ``root`` in-process."""
    import yaml

    loader = getattr(yaml, loader_name)
    start = time.perf_counter()
    for path in sorted(root.rglob("*.y*ml")):
        with contextlib.suppress(yaml.YAMLError):  # the mkdocs tag
            list(yaml.load_all(path.read_text(), Loader=loader))
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--yaml-files", type=int, default=700)
    parser.add_argument("--crds", type=int, default=20)
    parser.add_argument("--crd-kb", type=int, default=800)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--baseline", type=Path, help="another checkout's source, for before/after")
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="k8s-lint-rbac-bench-"))
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    try:
        tree, bare = scratch / "tree", scratch / "bare"
        generate(tree, args.yaml_files, args.crds, args.crd_kb)
        generate(bare, 0, 0, 0)  # the same code, no YAML: what the rewriting costs
        for path in bare.rglob("*.y*ml"):
            path.unlink()
        yaml_count = sum(1 for _ in tree.rglob("*.y*ml"))
        megabytes = sum(p.stat().st_size for p in tree.rglob("*.y*ml")) / 1e6
        module = [PYTHON, "-P", "-m", "k8s_lint"]
        r = args.repeat
        rows = {
            "k8s-lint rbac .": timed([*module, "rbac", "."], tree, r, env),
            "k8s-lint check .": timed([*module, "check", "."], tree, r, env),
            "k8s-lint fix src/jobs.py (the tree)": timed(
                [*module, "fix", "src/jobs.py"], tree, r, env, LOOKUP
            ),
            "k8s-lint fix src/jobs.py (no YAML)": timed(
                [*module, "fix", "src/jobs.py"], bare, r, env, LOOKUP
            ),
        }
        if args.baseline is not None:
            old = {**env, "PYTHONPATH": str(args.baseline.resolve())}
            rows["baseline: k8s-lint rbac ."] = timed([*module, "rbac", "."], tree, 1, old)
            rows["baseline: k8s-lint fix src/jobs.py (the tree)"] = timed(
                [*module, "fix", "src/jobs.py"], tree, 1, old, LOOKUP
            )
        rows["parse every YAML file (libyaml CSafeLoader)"] = parse_all(tree, "CSafeLoader")
        rows["parse every YAML file (pure-Python SafeLoader)"] = parse_all(tree, "SafeLoader")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    rbac = rows["k8s-lint rbac ."]
    print(
        f"{yaml_count} YAML files ({megabytes:.1f} MB; {args.crds} CRDs of ~{args.crd_kb} KB) "
        f"and 31 Python files, generated; median of {r} runs (baseline and floors: 1)"
    )
    print("| command | seconds | vs k8s-lint rbac |")
    print("| --- | ---: | ---: |")
    for name, seconds in rows.items():
        print(f"| {name} | {seconds:.2f} | {seconds / rbac:.2f}x |")
    fix_tree = rows["k8s-lint fix src/jobs.py (the tree)"]
    fix_bare = rows["k8s-lint fix src/jobs.py (no YAML)"]
    print(f"\nThe RBAC verdict adds {fix_tree - fix_bare:+.2f} s to a fix run on this tree.")


if __name__ == "__main__":
    main()
