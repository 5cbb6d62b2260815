"""Generate a deterministic corpus of realistic Python files for benchmarks.

    python benchmarks/corpus.py OUT --files 5000 --client-fraction 0.02 [--seed 1]

Files are 150-400 lines: imports, a docstring, classes with methods and
module functions; a chosen fraction use the Kubernetes client, half of those
with a list-and-search lookup in one of the supported shapes.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

IMPORTS = ["import os", "import json", "import logging", "from pathlib import Path",
           "from dataclasses import dataclass", "import re", "from typing import Any"]  # fmt: skip
LOOKUPS = [
    "    def job_exists(self, namespace, name):\n"
    "        for job in self.batch.list_namespaced_job(namespace).items:\n"
    "            if job.metadata.name == name:\n"
    "                return True\n"
    "        return False\n",
    "    def find_pod(self, namespace, name):\n"
    "        return next((p for p in self.core.list_namespaced_pod(namespace).items\n"
    "                     if p.metadata.name == name), None)\n",
    "    def has_config(self, namespace, name):\n"
    "        listed = self.core.list_namespaced_config_map(namespace).items\n"
    "        names = [c.metadata.name for c in listed]\n"
    "        return name in names\n",
]
CLIENT_USE = (
    "    def jobs(self, namespace):\n"
    "        return [j.metadata.name for j in self.batch.list_namespaced_job(namespace).items]\n"
)


def function(rng: random.Random, index: int, indent: str = "") -> str:
    body = [f'{indent}def step_{index}(value, factor={rng.randint(1, 9)}):',
            f'{indent}    """Transform value, step {index}."""']  # fmt: skip
    for line in range(rng.randint(4, 12)):
        body.append(f"{indent}    value = value * factor + {line}  # adjust")
        if rng.random() < 0.3:
            body.append(f"{indent}    if value > {rng.randint(100, 10000)}:")
            body.append(f"{indent}        value %= {rng.randint(7, 97)}")
    body.append(f"{indent}    return value")
    return "\n".join(body) + "\n"


def module(rng: random.Random, number: int, client: bool, lookup: bool) -> str:
    parts = [f'"""Module {number}: generated for k8s-lint benchmarks."""', ""]
    parts += sorted(rng.sample(IMPORTS, 4))
    if client:
        parts.append("from kubernetes import client")
    parts.append("")
    target = rng.randint(150, 400)
    index = 0
    while sum(p.count("\n") + 1 for p in parts) < target:
        if rng.random() < 0.3:
            methods = [
                function(rng, index + i, "    ").replace("(value", "(self, value") for i in range(3)
            ]
            parts.append(f'\n\nclass Worker{index}:\n    """A worker."""\n\n' + "\n".join(methods))
            index += 3
        else:
            parts.append("\n\n" + function(rng, index))
            index += 1
    if client:
        shape = rng.choice(LOOKUPS) if lookup else CLIENT_USE
        parts.append(
            "\n\nclass Cluster:\n    def __init__(self):\n"
            "        self.batch = client.BatchV1Api()\n"
            "        self.core = client.CoreV1Api()\n\n" + shape
        )
    return "\n".join(parts) + "\n"


def generate(out: Path, files: int, fraction: float, seed: int = 1) -> None:
    rng = random.Random(seed)
    clients = set(rng.sample(range(files), round(files * fraction)))
    for number in range(files):
        package = out / f"pkg{number // 100:03d}"
        package.mkdir(parents=True, exist_ok=True)
        client = number in clients
        text = module(rng, number, client, client and rng.random() < 0.5)
        (package / f"module_{number:05d}.py").write_text(text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--files", type=int, default=5000)
    parser.add_argument("--client-fraction", type=float, default=0.02)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    generate(args.out, args.files, args.client_fraction, args.seed)


if __name__ == "__main__":
    main()
