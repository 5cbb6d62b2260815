"""What the fix saves at run time: DolphinScheduler's job_exist, listing and
searching versus reading by name, with the real `kubernetes` client against
a loopback API server holding N finished Jobs (about 4 KB of JSON each).

    python benchmarks/runtime_savings.py [--sizes 10 100 1000 10000] [--repeat 7]
        [--plot benchmarks/runtime_savings.png]

Per N and path: median latency of one call, bytes the server sent, and peak
Python memory during the call (tracemalloc).  Results go to stdout as a
Markdown table (and a PNG plot when matplotlib is installed and --plot given).
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
import tracemalloc
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))  # the loopback server

from k8s_server import Cluster, serve
from kubernetes import client

from k8s_lint.runtime import aexists, exists

NAMESPACE = "jobs"


def finished_job(name: str, namespace: str) -> dict[str, Any]:
    """A completed Job as the API server returns it: spec, template, status."""
    container = {
        "name": "main",
        "image": "registry.example.com/etl/worker:2026.11.25",
        "command": ["python", "-m", "etl.run", "--date", "2026-11-25", "--shard", "7"],
        "env": [{"name": f"SETTING_{i}", "value": f"value-{i}" * 3} for i in range(50)],
        "resources": {"limits": {"cpu": "2", "memory": "4Gi"}, "requests": {"cpu": "1"}},
    }
    return {
        "metadata": {
            "name": name,
            "namespace": namespace,
            "uid": f"6f1c2f4e-{abs(hash(name)) % 10**12:012d}",
            "resourceVersion": "918273",
            "creationTimestamp": "2026-11-25T01:00:00Z",
            "labels": {"app": "etl", "team": "data", "job-name": name},
            "annotations": {"batch.kubernetes.io/job-tracking": "", "owner": "scheduler"},
        },
        "spec": {
            "parallelism": 1,
            "completions": 1,
            "backoffLimit": 6,
            "template": {
                "metadata": {"labels": {"app": "etl", "job-name": name}},
                "spec": {"containers": [container], "restartPolicy": "Never"},
            },
        },
        "status": {
            "startTime": "2026-11-25T01:00:01Z",
            "completionTime": "2026-11-25T01:04:12Z",
            "succeeded": 1,
            "conditions": [
                {"type": "Complete", "status": "True", "lastProbeTime": "2026-11-25T01:04:12Z"}
            ],
        },
    }


def job_exist_listing(batch: client.BatchV1Api, namespace: str, name: str) -> bool:
    # The anti-pattern itself, as DolphinScheduler wrote it.
    for job in batch.list_namespaced_job(namespace).items:  # noqa: SIM110, KUB001
        if job.metadata.name == name:
            return True
    return False


def job_exist_reading(batch: client.BatchV1Api, namespace: str, name: str) -> bool:
    return exists(batch.read_namespaced_job, name=name, namespace=namespace)


async def ajob_exist_listing(batch: Any, namespace: str, name: str) -> bool:
    for job in (await batch.list_namespaced_job(namespace)).items:  # noqa: KUB001
        if job.metadata.name == name:
            return True
    return False


async def ajob_exist_reading(batch: Any, namespace: str, name: str) -> bool:
    return await aexists(batch.read_namespaced_job, name=name, namespace=namespace)


def measure(function: Any, batch: Any, cluster: Cluster, repeat: int) -> dict[str, float]:
    """Median latency, bytes sent and peak traced memory of one call."""
    target = f"etl-{len(cluster.jobs[NAMESPACE]) // 2}"
    function(batch, NAMESPACE, target)  # warm up connections and the client
    times, sent, peaks = [], [], []
    for _ in range(repeat):
        before = cluster.bytes_sent
        tracemalloc.start()
        start = time.perf_counter()
        assert function(batch, NAMESPACE, target) is True
        times.append(time.perf_counter() - start)
        peaks.append(tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
        sent.append(cluster.bytes_sent - before)
    return {
        "seconds": statistics.median(times),
        "bytes": statistics.median(sent),
        "peak": statistics.median(peaks),
    }


def measure_async(url: str, cluster: Cluster, repeat: int) -> tuple[dict[str, float], ...]:
    """The same with kubernetes_asyncio, each call run on one open event loop."""
    from kubernetes_asyncio import client as aclient

    async def connect() -> Any:  # aiohttp wants a running loop
        return aclient.ApiClient(aclient.Configuration(host=url))

    loop = asyncio.new_event_loop()
    api = loop.run_until_complete(connect())
    batch = aclient.BatchV1Api(api)

    def run(function: Any) -> Any:
        return lambda *args: loop.run_until_complete(function(*args))

    try:
        return (
            measure(run(ajob_exist_listing), batch, cluster, repeat),
            measure(run(ajob_exist_reading), batch, cluster, repeat),
        )
    finally:
        loop.run_until_complete(api.close())
        loop.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 100, 1000, 10000])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--plot", type=Path)
    parser.add_argument(
        "--client",
        choices=("sync", "async"),
        default="sync",
        help="kubernetes or kubernetes_asyncio",
    )
    args = parser.parse_args()
    rows = []
    for size in args.sizes:
        cluster = Cluster({NAMESPACE: [f"etl-{i}" for i in range(size)]}, make_job=finished_job)
        with serve(cluster) as url:
            if args.client == "async":
                listing, reading = measure_async(url, cluster, args.repeat)
            else:
                with client.ApiClient(client.Configuration(host=url)) as api:
                    batch = client.BatchV1Api(api)
                    listing = measure(job_exist_listing, batch, cluster, args.repeat)
                    reading = measure(job_exist_reading, batch, cluster, args.repeat)
        rows.append((size, listing, reading))
    print(
        "| Jobs | list: ms | read: ms | x | list: bytes | read: bytes | x "
        "| list: peak KiB | read: peak KiB | x |"
    )
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for size, listing, reading in rows:
        cells = [str(size)]
        for key, scale in (("seconds", 1000), ("bytes", 1), ("peak", 1 / 1024)):
            cells += [
                f"{listing[key] * scale:,.1f}",
                f"{reading[key] * scale:,.1f}",
                f"{listing[key] / reading[key]:,.0f}",
            ]
        print("| " + " | ".join(cells) + " |")
    if args.plot:
        plot(rows, args.plot)


def plot(rows: list[tuple[int, dict[str, float], dict[str, float]]], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    sizes = [r[0] for r in rows]
    figure, axes = plt.subplots(1, 3, figsize=(13, 4))
    for axis, (key, label) in zip(
        axes,
        (("seconds", "latency (s)"), ("bytes", "bytes received"), ("peak", "peak memory (B)")),
        strict=True,
    ):
        axis.loglog(sizes, [r[1][key] for r in rows], "o-", label="list + search")
        axis.loglog(sizes, [r[2][key] for r in rows], "s-", label="read by name")
        axis.set_xlabel("Jobs in the namespace")
        axis.set_title(label)
        axis.legend()
    figure.suptitle("job_exist: listing vs reading by name (real client, loopback server)")
    figure.tight_layout()
    figure.savefig(path, dpi=110)


if __name__ == "__main__":
    main()
