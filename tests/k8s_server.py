"""A tiny Kubernetes API server on 127.0.0.1 that serves Jobs and Pods over real HTTP.

It answers the REST paths the ``kubernetes`` client uses: list
(``GET /apis/batch/v1/namespaces/{ns}/jobs``) and get (``.../jobs/{name}``),
the same for Pods (``/api/v1/namespaces/{ns}/pods``) when the cluster is
given some, and the discovery paths the dynamic client reads first.  Like
the API server, it leaves ``kind`` and ``apiVersion`` out of a list's items
and puts them in a read, answers a missing object with a NotFound
``Status``, a path it does not serve with ``404 page not found``, and
namespaces configured to refuse with 403.
"""

from __future__ import annotations

import json
import re
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, NamedTuple
from urllib.parse import unquote, urlsplit


class Resource(NamedTuple):
    kind: str
    api_version: str
    group: str
    path: re.Pattern[str]

    def named(self, plural: str) -> str:
        """How the API server names the resource in messages: ``jobs.batch``."""
        return f"{plural}.{self.group}" if self.group else plural


RESOURCES = {
    "jobs": Resource(
        "Job",
        "batch/v1",
        "batch",
        re.compile(r"^/apis/batch/v1/namespaces/(?P<ns>[^/]+)/jobs(?:/(?P<name>[^/]+))?/?$"),
    ),
    "pods": Resource(
        "Pod",
        "v1",
        "",
        re.compile(r"^/api/v1/namespaces/(?P<ns>[^/]+)/pods(?:/(?P<name>[^/]+))?/?$"),
    ),
}


def _api_resource(plural: str, resource: Resource) -> dict[str, Any]:
    return {
        "name": plural,
        "singularName": resource.kind.lower(),
        "namespaced": True,
        "kind": resource.kind,
        "verbs": ["get", "list"],
    }


# What the dynamic client reads before its first request (kubernetes.dynamic
# discovery): the server version, the API groups and each group's resources.
DISCOVERY: dict[str, dict[str, Any]] = {
    "/version": {"major": "1", "minor": "31", "gitVersion": "v1.31.0"},
    "/api": {"kind": "APIVersions", "versions": ["v1"]},
    "/apis": {
        "kind": "APIGroupList",
        "apiVersion": "v1",
        "groups": [
            {
                "name": "batch",
                "versions": [{"groupVersion": "batch/v1", "version": "v1"}],
                "preferredVersion": {"groupVersion": "batch/v1", "version": "v1"},
            }
        ],
    },
    "/api/v1": {
        "kind": "APIResourceList",
        "groupVersion": "v1",
        "resources": [_api_resource("pods", RESOURCES["pods"])],
    },
    "/apis/batch/v1": {
        "kind": "APIResourceList",
        "apiVersion": "v1",
        "groupVersion": "batch/v1",
        "resources": [_api_resource("jobs", RESOURCES["jobs"])],
    },
}


def job(name: str, namespace: str) -> dict[str, Any]:
    return {
        "metadata": {"name": name, "namespace": namespace, "uid": f"uid-{name}"},
        "spec": {"template": {"spec": {"containers": [{"name": "main", "image": "busybox"}]}}},
        "status": {"succeeded": 1},
    }


def pod(name: str, namespace: str) -> dict[str, Any]:
    return {
        "metadata": {"name": name, "namespace": namespace, "uid": f"uid-{name}"},
        "spec": {"containers": [{"name": "main", "image": "busybox"}]},
        "status": {"phase": "Running"},
    }


def status(
    code: int,
    reason: str,
    message: str,
    name: str | None = None,
    group: str = "batch",
    kind: str = "jobs",
) -> dict[str, Any]:
    body: dict[str, Any] = {
        "kind": "Status",
        "apiVersion": "v1",
        "metadata": {},
        "status": "Failure",
        "message": message,
        "reason": reason,
        "code": code,
    }
    if name is not None:
        body["details"] = {"name": name, "group": group, "kind": kind}
    return body


class Cluster:
    """What the server holds: Job (and Pod) names per namespace, and refusals."""

    def __init__(
        self,
        jobs: dict[str, list[str]],
        forbidden: set[str] | None = None,
        answers: dict[str, tuple[int, bytes, dict[str, str]]] | None = None,
        make_job: Callable[[str, str], dict[str, Any]] | None = None,
        pods: dict[str, list[str]] | None = None,
        make_pod: Callable[[str, str], dict[str, Any]] | None = None,
    ) -> None:
        self.jobs = jobs
        self.make_job = make_job or job
        self.bytes_sent = 0
        # Resource -> namespace -> names, and how to make an object.  Pods
        # are served only when given: otherwise their path is one the server
        # does not serve (a resource type that is not installed).
        self.objects = {"jobs": jobs, **({"pods": pods} if pods is not None else {})}
        self.makers = {"jobs": self.make_job, "pods": make_pod or pod}
        self._sets = {
            plural: {namespace: set(names) for namespace, names in by_namespace.items()}
            for plural, by_namespace in self.objects.items()
        }
        self.forbidden = forbidden or set()
        # Object name -> a canned (status, body, headers) answer for reading it;
        # status 0 drops the connection, a negative status waits that long.
        self.answers = answers or {}
        self.requests: list[str] = []


def _route(path: str) -> tuple[str, str, str | None] | None:
    """(resource, namespace, name or None for a list) of a path, if served."""
    for plural, resource in RESOURCES.items():
        match = resource.path.match(path)
        if match is not None:
            name = match["name"]
            return plural, unquote(match["ns"]), None if name is None else unquote(name)
    return None


def _handler(cluster: Cluster) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:  # keep test output clean
            pass

        def _send(self, code: int, body: dict[str, Any]) -> None:
            data = json.dumps(body).encode()
            cluster.bytes_sent += len(data)
            self.send_response(code)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def _answer(self, code: int, body: bytes, headers: dict[str, str]) -> None:
            if code == 0:  # drop the connection without an answer
                self.close_connection = True
                self.connection.shutdown(socket.SHUT_RDWR)
                return
            if code < 0:  # answer too late
                time.sleep(-code)
                code = 200
            self.send_response(code)
            for key, value in {"Content-Type": "application/json", **headers}.items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:
            path = urlsplit(self.path).path
            cluster.requests.append(self.path)
            if path in DISCOVERY:
                self._send(200, DISCOVERY[path])
                return
            route = _route(path)
            if route is None or route[0] not in cluster.objects:
                # as the API server answers a path it doesn't serve
                self._answer(404, b"404 page not found\n", {"Content-Type": "text/plain"})
                return
            plural, namespace, name = route
            if name is not None and name in cluster.answers:
                self._answer(*cluster.answers[name])
                return
            resource = RESOURCES[plural]
            if namespace in cluster.forbidden:
                verb = "get" if name else "list"
                message = (
                    f'{resource.named(plural)} is forbidden: cannot {verb} resource "{plural}"'
                )
                self._send(403, status(403, "Forbidden", message))
                return
            names = cluster.objects[plural].get(namespace, [])
            present = cluster._sets[plural].get(namespace, set())
            make = cluster.makers[plural]
            head = {"kind": resource.kind, "apiVersion": resource.api_version}
            if name is None:
                items = [make(n, namespace) for n in names]
                list_head = {**head, "kind": f"{resource.kind}List"}
                self._send(
                    200, {**list_head, "metadata": {"resourceVersion": "4242"}, "items": items}
                )
            elif name in present:
                self._send(200, {**head, **make(name, namespace)})
            else:
                message = (
                    f'{plural}{"." if resource.group else ""}{resource.group} "{name}" not found'
                )
                self._send(404, status(404, "NotFound", message, name, resource.group, plural))

    return Handler


@contextmanager
def serve(cluster: Cluster) -> Iterator[str]:
    """Run the server for the duration of the block; yields its base URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(cluster))
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
