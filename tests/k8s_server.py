"""A tiny Kubernetes API server on 127.0.0.1 that serves Jobs over real HTTP.

It answers the REST paths the ``kubernetes`` client uses for Jobs: list
(``GET /apis/batch/v1/namespaces/{ns}/jobs``) and get (``.../jobs/{name}``),
with a ``Status`` body for 404 and for namespaces configured to answer 403.
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
from typing import Any
from urllib.parse import unquote, urlsplit

_PATH = re.compile(r"^/apis/batch/v1/namespaces/(?P<ns>[^/]+)/jobs(?:/(?P<name>[^/]+))?/?$")


def job(name: str, namespace: str) -> dict[str, Any]:
    return {
        "metadata": {"name": name, "namespace": namespace, "uid": f"uid-{name}"},
        "spec": {"template": {"spec": {"containers": [{"name": "main", "image": "busybox"}]}}},
        "status": {"succeeded": 1},
    }


def status(code: int, reason: str, message: str, name: str | None = None) -> dict[str, Any]:
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
        body["details"] = {"name": name, "group": "batch", "kind": "jobs"}
    return body


class Cluster:
    """What the server holds: Job names per namespace, and refusals."""

    def __init__(
        self,
        jobs: dict[str, list[str]],
        forbidden: set[str] | None = None,
        answers: dict[str, tuple[int, bytes, dict[str, str]]] | None = None,
        make_job: Callable[[str, str], dict[str, Any]] | None = None,
    ) -> None:
        self.jobs = jobs
        self.make_job = make_job or job
        self.bytes_sent = 0
        self._sets = {namespace: set(names) for namespace, names in jobs.items()}
        self.forbidden = forbidden or set()
        # Job name -> a canned (status, body, headers) answer for reading it;
        # status 0 drops the connection, a negative status waits that long.
        self.answers = answers or {}
        self.requests: list[str] = []


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
            match = _PATH.match(path)
            if match is None:  # as the API server answers for a path it doesn't serve
                self._send(404, {"kind": "Status", "code": 404, "message": "404 page not found"})
                return
            namespace, name = unquote(match["ns"]), match["name"]
            if name is not None and unquote(name) in cluster.answers:
                self._answer(*cluster.answers[unquote(name)])
                return
            verb = "get" if name else "list"
            if namespace in cluster.forbidden:
                message = f'jobs.batch is forbidden: cannot {verb} resource "jobs"'
                self._send(403, status(403, "Forbidden", message))
                return
            names = cluster.jobs.get(namespace, [])
            if name is None:
                items = [cluster.make_job(n, namespace) for n in names]
                self._send(200, {"kind": "JobList", "apiVersion": "batch/v1", "items": items})
            elif unquote(name) in cluster._sets.get(namespace, ()):
                body = {
                    "kind": "Job",
                    "apiVersion": "batch/v1",
                    **cluster.make_job(unquote(name), namespace),
                }
                self._send(200, body)
            else:
                message = f'jobs.batch "{unquote(name)}" not found'
                self._send(404, status(404, "NotFound", message, unquote(name)))

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
