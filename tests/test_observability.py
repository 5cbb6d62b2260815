"""Opt-in observability of the runtime helper: DEBUG logs, an observer hook,
and Prometheus fed from it."""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Iterator
from typing import Any, NoReturn

import pytest
from kubernetes.client.exceptions import ApiException, NotFoundException
from prometheus_client import CollectorRegistry, Histogram

from k8s_lint import runtime
from k8s_lint.runtime import ReadEvent, exists, read_or_none, set_observer

MISSING = json.dumps({"kind": "Status", "reason": "NotFound", "details": {"name": "gone"}})


def read_namespaced_job(name: str, namespace: str) -> dict[str, str]:
    if name == "gone":
        raise NotFoundException(status=404, body=MISSING)
    if name == "locked":
        raise ApiException(status=403)
    return {"name": name}


@pytest.fixture
def events() -> Iterator[list[ReadEvent]]:
    seen: list[ReadEvent] = []
    set_observer(seen.append)
    yield seen
    set_observer(None)


def test_observer_sees_every_outcome(events: list[ReadEvent]) -> None:
    assert exists(read_namespaced_job, name="etl", namespace="ci")
    assert read_or_none(read_namespaced_job, name="gone", namespace="ci") is None
    with pytest.raises(ApiException):
        exists(read_namespaced_job, name="locked", namespace="ci")
    assert [(e.operation, e.kind, e.namespace, e.outcome, e.status) for e in events] == [
        ("read_namespaced_job", "job", "ci", "found", None),
        ("read_namespaced_job", "job", "ci", "absent", None),
        ("read_namespaced_job", "job", "ci", "error", 403),
    ]
    assert all(e.seconds >= 0 for e in events)


def test_debug_log_record(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG, logger="k8s_lint.runtime"):
        exists(read_namespaced_job, name="gone", namespace="ci")
    [record] = caplog.records
    assert record.name == "k8s_lint.runtime" and record.levelno == logging.DEBUG
    assert record.getMessage().startswith("read_namespaced_job ci/gone: absent in ")
    assert record.k8s_read.outcome == "absent"  # type: ignore[attr-defined]


def test_no_cost_when_unset(monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing is timed or reported without an observer or DEBUG logging."""

    def boom(*args: Any) -> NoReturn:
        raise AssertionError("reported with nobody listening")

    monkeypatch.setattr(runtime, "_report", boom)
    set_observer(None)
    assert exists(read_namespaced_job, name="etl", namespace="ci")


def test_set_observer_is_thread_safe(events: list[ReadEvent]) -> None:
    def work() -> None:
        for _ in range(200):
            exists(read_namespaced_job, name="etl", namespace="ci")

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(events) == 800


def test_prometheus_histogram_from_the_observer() -> None:
    registry = CollectorRegistry()
    reads = Histogram(
        "k8s_read_seconds",
        "Kubernetes reads by name",
        ["kind", "outcome"],
        registry=registry,
    )
    set_observer(lambda e: reads.labels(e.kind, e.outcome).observe(e.seconds))
    try:
        for name in ("etl", "etl", "gone"):
            exists(read_namespaced_job, name=name, namespace="ci")
    finally:
        set_observer(None)
    count = registry.get_sample_value
    assert count("k8s_read_seconds_count", {"kind": "job", "outcome": "found"}) == 2
    assert count("k8s_read_seconds_count", {"kind": "job", "outcome": "absent"}) == 1
