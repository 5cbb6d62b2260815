"""What the runtime helper adds to each read, with and without an observer.

    python benchmarks/runtime_overhead.py [--calls N]

The read itself is a stub that returns at once, so the figures are the
helper's own cost (name check, 404 handling set-up, observer/logging check),
to compare with a real read over the network (milliseconds).
"""

from __future__ import annotations

import argparse
import platform
import timeit

from k8s_lint.runtime import ReadEvent, exists, set_observer  # noqa: F401 (timeit uses exists)


def read_namespaced_job(name: str, namespace: str) -> str:
    return name


def per_call(statement: str, calls: int) -> float:
    """Median of 5 runs, in microseconds per call."""
    runs = timeit.repeat(statement, number=calls, repeat=5, globals=globals())
    return sorted(runs)[2] / calls * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=200_000)
    calls = parser.parse_args().calls
    direct = per_call("read_namespaced_job(name='etl', namespace='ci')", calls)
    helper = per_call("exists(read_namespaced_job, name='etl', namespace='ci')", calls)
    seen: list[ReadEvent] = []
    set_observer(seen.append)
    observed = per_call("exists(read_namespaced_job, name='etl', namespace='ci')", calls)
    set_observer(None)
    print(f"Python {platform.python_version()} on {platform.machine()}, {calls} calls, median of 5")
    print(f"direct read call          {direct:6.2f} us")
    print(f"exists(), no observer     {helper:6.2f} us  (+{helper - direct:.2f} us)")
    print(f"exists(), with observer   {observed:6.2f} us  (+{observed - direct:.2f} us)")


if __name__ == "__main__":
    main()
