"""Plot lint_cost.py's table (wall time per tool, log scale).

python benchmarks/plot_lint.py benchmarks/lint_cost.md benchmarks/lint_cost.png
"""

from __future__ import annotations

import sys
from pathlib import Path


def rows(markdown: str) -> list[tuple[str, float]]:
    found = []
    for line in markdown.splitlines():
        cells = [c.strip() for c in line.strip("|").split("|")]
        if len(cells) == 3 and cells[1].replace(".", "", 1).isdigit():
            found.append((cells[0], float(cells[1])))
    return found


def main() -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    source, target = Path(sys.argv[1]), Path(sys.argv[2])
    data = rows(source.read_text())
    figure, axis = plt.subplots(figsize=(9, 0.5 * len(data) + 1.2))
    names = [name for name, _ in data]
    axis.barh(names, [seconds for _, seconds in data], color="tab:blue")
    axis.set_xscale("log")
    axis.invert_yaxis()
    axis.set_xlabel("seconds (log scale)")
    axis.set_title(source.read_text().splitlines()[0])
    for index, (_, seconds) in enumerate(data):
        axis.text(seconds, index, f" {seconds:.2f} s", va="center")
    figure.tight_layout()
    figure.savefig(target, dpi=110)


if __name__ == "__main__":
    main()
