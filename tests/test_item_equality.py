"""What the helpers hand on equals the item a list gave, with the real client.

The API server leaves ``kind`` and ``apiVersion`` out of a typed list's items
and fills them in on a read (kubernetes/kubernetes#3030,
kubernetes-client/python#429 and #1617); the client's models compare by
``to_dict()``.  Code that read one Pod and then tested ``pod not in
expired_pods`` against a list never found it.  Here the JSON is what the API
server sends, deserialised by the client itself and then served over HTTP.
"""

from __future__ import annotations

import asyncio
import copy
import inspect
import json
from collections.abc import Callable, Iterator
from typing import Any, NamedTuple

import kubernetes_asyncio.client as async_client
import pytest
from k8s_server import Cluster, serve
from kubernetes import client

from k8s_lint.runtime import (
    aitems_named,
    aread_or_default,
    aread_or_none,
    aread_or_raise,
    items_named,
    read_or_default,
    read_or_none,
    read_or_raise,
)

# GET /apis/batch/v1/namespaces/etl/jobs, as a v1.31 API server answers it.
JOB_LIST = r"""
{"kind": "JobList", "apiVersion": "batch/v1", "metadata": {"resourceVersion": "918273"},
 "items": [
  {"metadata": {"name": "nightly-29001440", "namespace": "etl",
     "uid": "0b8e7a43-6f0c-4d2e-9d55-7f1a2c3b4d5e", "resourceVersion": "917001",
     "generation": 1, "creationTimestamp": "2026-11-30T00:00:00Z",
     "labels": {"batch.kubernetes.io/controller-uid": "0b8e7a43-6f0c-4d2e-9d55-7f1a2c3b4d5e",
                "batch.kubernetes.io/job-name": "nightly-29001440",
                "controller-uid": "0b8e7a43-6f0c-4d2e-9d55-7f1a2c3b4d5e",
                "job-name": "nightly-29001440"},
     "annotations": {"batch.kubernetes.io/cronjob-scheduled-timestamp": "2026-11-30T00:00:00Z"},
     "ownerReferences": [{"apiVersion": "batch/v1", "kind": "CronJob", "name": "nightly",
        "uid": "5c1d2e3f-0a9b-4c8d-8e7f-6a5b4c3d2e1f", "controller": true,
        "blockOwnerDeletion": true}],
     "managedFields": [
      {"manager": "kube-controller-manager", "operation": "Update", "apiVersion": "batch/v1",
       "time": "2026-11-30T00:00:00Z", "fieldsType": "FieldsV1",
       "fieldsV1": {"f:metadata": {"f:ownerReferences": {".": {}}},
                    "f:spec": {"f:backoffLimit": {}, "f:template": {}}}},
      {"manager": "kube-controller-manager", "operation": "Update", "apiVersion": "batch/v1",
       "time": "2026-11-30T00:03:12Z", "fieldsType": "FieldsV1",
       "fieldsV1": {"f:status": {"f:completionTime": {}, "f:succeeded": {}}},
       "subresource": "status"}]},
   "spec": {"parallelism": 1, "completions": 1, "backoffLimit": 6,
     "selector": {"matchLabels": {
        "batch.kubernetes.io/controller-uid": "0b8e7a43-6f0c-4d2e-9d55-7f1a2c3b4d5e"}},
     "template": {"metadata": {"creationTimestamp": null, "labels": {
        "batch.kubernetes.io/job-name": "nightly-29001440", "job-name": "nightly-29001440"}},
       "spec": {"containers": [{"name": "etl", "image": "registry.example.com/etl:1.4.2",
          "command": ["python", "-m", "etl.nightly"],
          "env": [{"name": "RUN_DATE", "value": "2026-11-30"}],
          "resources": {"limits": {"memory": "512Mi"}, "requests": {"cpu": "250m"}},
          "terminationMessagePath": "/dev/termination-log",
          "terminationMessagePolicy": "File", "imagePullPolicy": "IfNotPresent"}],
         "restartPolicy": "OnFailure", "terminationGracePeriodSeconds": 30,
         "dnsPolicy": "ClusterFirst", "serviceAccountName": "etl",
         "serviceAccount": "etl", "securityContext": {}, "schedulerName": "default-scheduler"}},
     "completionMode": "NonIndexed", "suspend": false,
     "podReplacementPolicy": "TerminatingOrFailed"},
   "status": {"conditions": [
      {"type": "SuccessCriteriaMet", "status": "True", "lastProbeTime": "2026-11-30T00:03:12Z",
       "lastTransitionTime": "2026-11-30T00:03:12Z"},
      {"type": "Complete", "status": "True", "lastProbeTime": "2026-11-30T00:03:12Z",
       "lastTransitionTime": "2026-11-30T00:03:12Z"}],
     "startTime": "2026-11-30T00:00:00Z", "completionTime": "2026-11-30T00:03:12Z",
     "succeeded": 1, "terminating": 0, "ready": 0, "uncountedTerminatedPods": {}}},
  {"metadata": {"name": "nightly-29002880", "namespace": "etl",
     "uid": "7d6c5b4a-3e2f-4a1b-8c9d-0e1f2a3b4c5d", "resourceVersion": "918270",
     "generation": 1, "creationTimestamp": "2026-12-01T00:00:00Z",
     "labels": {"batch.kubernetes.io/controller-uid": "7d6c5b4a-3e2f-4a1b-8c9d-0e1f2a3b4c5d",
                "batch.kubernetes.io/job-name": "nightly-29002880",
                "controller-uid": "7d6c5b4a-3e2f-4a1b-8c9d-0e1f2a3b4c5d",
                "job-name": "nightly-29002880"},
     "managedFields": [
      {"manager": "kube-controller-manager", "operation": "Update", "apiVersion": "batch/v1",
       "time": "2026-12-01T00:00:00Z", "fieldsType": "FieldsV1",
       "fieldsV1": {"f:spec": {"f:backoffLimit": {}, "f:template": {}}}}]},
   "spec": {"parallelism": 1, "completions": 1, "backoffLimit": 6,
     "selector": {"matchLabels": {
        "batch.kubernetes.io/controller-uid": "7d6c5b4a-3e2f-4a1b-8c9d-0e1f2a3b4c5d"}},
     "template": {"metadata": {"creationTimestamp": null, "labels": {
        "batch.kubernetes.io/job-name": "nightly-29002880", "job-name": "nightly-29002880"}},
       "spec": {"containers": [{"name": "etl", "image": "registry.example.com/etl:1.4.2",
          "command": ["python", "-m", "etl.nightly"],
          "resources": {}, "terminationMessagePath": "/dev/termination-log",
          "terminationMessagePolicy": "File", "imagePullPolicy": "IfNotPresent"}],
         "restartPolicy": "OnFailure", "terminationGracePeriodSeconds": 30,
         "dnsPolicy": "ClusterFirst", "securityContext": {}, "schedulerName": "default-scheduler"}},
     "completionMode": "NonIndexed", "suspend": false},
   "status": {"startTime": "2026-12-01T00:00:00Z", "active": 1, "ready": 1, "terminating": 0,
     "uncountedTerminatedPods": {}}}
 ]}
"""

# GET /api/v1/namespaces/etl/pods, with a finished Pod and a running one.
POD_LIST = r"""
{"kind": "PodList", "apiVersion": "v1", "metadata": {"resourceVersion": "918301"},
 "items": [
  {"metadata": {"name": "nightly-29001440-x7k2p", "generateName": "nightly-29001440-",
     "namespace": "etl", "uid": "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a",
     "resourceVersion": "917010", "creationTimestamp": "2026-11-30T00:00:00Z",
     "labels": {"batch.kubernetes.io/job-name": "nightly-29001440",
                "job-name": "nightly-29001440"},
     "ownerReferences": [{"apiVersion": "batch/v1", "kind": "Job", "name": "nightly-29001440",
        "uid": "0b8e7a43-6f0c-4d2e-9d55-7f1a2c3b4d5e", "controller": true,
        "blockOwnerDeletion": true}],
     "finalizers": ["batch.kubernetes.io/job-tracking"],
     "managedFields": [
      {"manager": "kube-controller-manager", "operation": "Update", "apiVersion": "v1",
       "time": "2026-11-30T00:00:00Z", "fieldsType": "FieldsV1",
       "fieldsV1": {"f:metadata": {"f:generateName": {}, "f:labels": {".": {}}}}},
      {"manager": "kubelet", "operation": "Update", "apiVersion": "v1",
       "time": "2026-11-30T00:03:11Z", "fieldsType": "FieldsV1",
       "fieldsV1": {"f:status": {"f:phase": {}, "f:podIP": {}}}, "subresource": "status"}]},
   "spec": {"volumes": [{"name": "kube-api-access-5qz8d", "projected": {"sources": [
        {"serviceAccountToken": {"expirationSeconds": 3607, "path": "token"}},
        {"configMap": {"name": "kube-root-ca.crt",
                       "items": [{"key": "ca.crt", "path": "ca.crt"}]}}],
        "defaultMode": 420}}],
     "containers": [{"name": "etl", "image": "registry.example.com/etl:1.4.2",
        "command": ["python", "-m", "etl.nightly"], "resources": {},
        "volumeMounts": [{"name": "kube-api-access-5qz8d", "readOnly": true,
           "mountPath": "/var/run/secrets/kubernetes.io/serviceaccount"}],
        "terminationMessagePath": "/dev/termination-log", "terminationMessagePolicy": "File",
        "imagePullPolicy": "IfNotPresent"}],
     "restartPolicy": "OnFailure", "terminationGracePeriodSeconds": 30,
     "dnsPolicy": "ClusterFirst", "serviceAccountName": "default", "serviceAccount": "default",
     "nodeName": "worker-2", "securityContext": {}, "schedulerName": "default-scheduler",
     "tolerations": [{"key": "node.kubernetes.io/not-ready", "operator": "Exists",
        "effect": "NoExecute", "tolerationSeconds": 300}],
     "priority": 0, "enableServiceLinks": true, "preemptionPolicy": "PreemptLowerPriority"},
   "status": {"phase": "Succeeded",
     "conditions": [{"type": "Ready", "status": "False", "lastProbeTime": null,
        "lastTransitionTime": "2026-11-30T00:03:11Z", "reason": "PodCompleted"}],
     "hostIP": "10.0.0.12", "hostIPs": [{"ip": "10.0.0.12"}], "podIP": "10.244.2.17",
     "podIPs": [{"ip": "10.244.2.17"}], "startTime": "2026-11-30T00:00:00Z",
     "containerStatuses": [{"name": "etl", "state": {"terminated": {"exitCode": 0,
        "reason": "Completed", "startedAt": "2026-11-30T00:00:02Z",
        "finishedAt": "2026-11-30T00:03:10Z",
        "containerID": "containerd://4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e"}},
        "lastState": {}, "ready": false, "restartCount": 0,
        "image": "registry.example.com/etl:1.4.2",
        "imageID":
"registry.example.com/etl@sha256:3b2a1f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b2a",
        "containerID": "containerd://4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e",
        "started": false}],
     "qosClass": "BestEffort"}},
  {"metadata": {"name": "nightly-29002880-q4m9t", "generateName": "nightly-29002880-",
     "namespace": "etl", "uid": "1a2b3c4d-5e6f-4789-8abc-def012345678",
     "resourceVersion": "918299", "creationTimestamp": "2026-12-01T00:00:00Z",
     "labels": {"batch.kubernetes.io/job-name": "nightly-29002880",
                "job-name": "nightly-29002880"}},
   "spec": {"containers": [{"name": "etl", "image": "registry.example.com/etl:1.4.2",
        "resources": {}, "terminationMessagePath": "/dev/termination-log",
        "terminationMessagePolicy": "File", "imagePullPolicy": "IfNotPresent"}],
     "restartPolicy": "OnFailure", "nodeName": "worker-1", "schedulerName": "default-scheduler"},
   "status": {"phase": "Running", "podIP": "10.244.1.9", "startTime": "2026-12-01T00:00:00Z",
     "qosClass": "BestEffort"}}
 ]}
"""


class Kind(NamedTuple):
    """One kind as the tests read it: the list body and the model names."""

    list_body: str
    kind: str
    api_version: str

    @property
    def items(self) -> dict[str, dict[str, Any]]:
        """The list's items by name, as JSON objects."""
        return {i["metadata"]["name"]: i for i in json.loads(self.list_body)["items"]}

    def read_body(self, name: str) -> str:
        """GET .../{name}: the same object, with ``kind`` and ``apiVersion``."""
        return json.dumps({"kind": self.kind, "apiVersion": self.api_version, **self.items[name]})


JOBS = Kind(JOB_LIST, "Job", "batch/v1")
PODS = Kind(POD_LIST, "Pod", "v1")
JOB = "nightly-29001440"
POD = "nightly-29001440-x7k2p"


class Response(NamedTuple):
    """What older clients' ``ApiClient.deserialize(response, type)`` reads."""

    data: str


def deserialize(api_client: Any, body: str, model: str) -> Any:
    """``body`` as the client turns an HTTP answer into its model."""
    if "response_text" in inspect.signature(api_client.deserialize).parameters:
        return api_client.deserialize(body, model, "application/json")  # kubernetes >= 35
    return api_client.deserialize(Response(body), model)


def list_and_read(api_client: Any, kind: Kind, name: str) -> tuple[list[Any], Any]:
    listed = deserialize(api_client, kind.list_body, f"V1{kind.kind}List")
    return listed.items, deserialize(api_client, kind.read_body(name), f"V1{kind.kind}")


def answering(found: Any) -> Any:
    return lambda *args, **kwargs: found


async def answering_later(found: Any, **kwargs: Any) -> Any:
    await asyncio.sleep(0)
    return found


# Each helper that hands the object on, given the raw read's result.
HELPERS: dict[str, Callable[[Any], Any]] = {
    "read_or_none": lambda read: read_or_none(answering(read), name="n"),
    "read_or_default": lambda read: read_or_default(0, answering(read), name="n"),
    "read_or_raise": lambda read: read_or_raise(IndexError(), answering(read), name="n"),
    "items_named": lambda read: items_named(answering(read), name="n")[0],
    "aread_or_none": lambda read: asyncio.run(aread_or_none(answering_later, read, name="n")),
    "aread_or_default": lambda read: asyncio.run(
        aread_or_default(0, answering_later, read, name="n")
    ),
    "aread_or_raise": lambda read: asyncio.run(
        aread_or_raise(IndexError(), answering_later, read, name="n")
    ),
    "aitems_named": lambda read: asyncio.run(aitems_named(answering_later, read, name="n"))[0],
}


def test_the_fixtures_are_one_object_listed_and_read() -> None:
    for kind, name in ((JOBS, JOB), (PODS, POD)):
        read = json.loads(kind.read_body(name))
        assert {"kind", "apiVersion"}.isdisjoint(kind.items[name])
        assert {k: v for k, v in read.items() if k not in ("kind", "apiVersion")} == (
            kind.items[name]
        )


@pytest.mark.parametrize("helper", HELPERS.values(), ids=HELPERS.keys())
@pytest.mark.parametrize(("kind", "name"), [(JOBS, JOB), (PODS, POD)], ids=["job", "pod"])
def test_kubernetes_models(kind: Kind, name: str, helper: Callable[[Any], Any]) -> None:
    items, read = list_and_read(client.ApiClient(), kind, name)
    [item] = [i for i in items if i.metadata.name == name]
    assert read != item and read not in items, "the raw read is not the list's item"
    assert read.metadata == item.metadata and read.status == item.status
    found = helper(read)
    assert found == item
    assert found in items
    assert found is not read and read.kind == kind.kind, "the read's object is left as it was"


@pytest.mark.parametrize("helper", HELPERS.values(), ids=HELPERS.keys())
@pytest.mark.parametrize(("kind", "name"), [(JOBS, JOB), (PODS, POD)], ids=["job", "pod"])
def test_kubernetes_asyncio_models(kind: Kind, name: str, helper: Callable[[Any], Any]) -> None:
    async def deserialized() -> tuple[list[Any], Any]:
        async with async_client.ApiClient() as api_client:
            return list_and_read(api_client, kind, name)

    items, read = asyncio.run(deserialized())
    [item] = [i for i in items if i.metadata.name == name]
    assert read != item and read not in items, "the raw read is not the list's item"
    found = helper(read)
    assert found == item
    assert found in items


def test_custom_objects_are_left_as_read() -> None:
    """A custom object's list items carry apiVersion and kind, like a read:
    the dict is handed on as it is."""
    read = {"apiVersion": "stable.example.com/v1", "kind": "CronTab", "metadata": {"name": "n"}}
    for helper in HELPERS.values():
        assert helper(read) is read


# Over HTTP: the loopback API server serves these objects; the real clients
# list and read them.


def serve_fixtures() -> Any:
    return serve(
        Cluster(
            {"etl": list(JOBS.items)},
            make_job=lambda name, namespace: copy.deepcopy(JOBS.items[name]),
            pods={"etl": list(PODS.items)},
            make_pod=lambda name, namespace: copy.deepcopy(PODS.items[name]),
        )
    )


@pytest.fixture(scope="module")
def api_client() -> Iterator[client.ApiClient]:
    with serve_fixtures() as url, client.ApiClient(client.Configuration(host=url)) as api:
        yield api


def test_a_read_pod_is_in_the_listed_pods(api_client: client.ApiClient) -> None:
    """The public code this protects: one Pod read by name, then looked for
    among the Pods a list call found."""
    core = client.CoreV1Api(api_client)
    finished = [p for p in core.list_namespaced_pod("etl").items if p.status.phase == "Succeeded"]
    raw = core.read_namespaced_pod(name=POD, namespace="etl")
    assert raw not in finished, "the bug: a read is not a list item"
    pod = read_or_none(core.read_namespaced_pod, name=POD, namespace="etl")
    assert pod == finished[0]
    assert pod in finished
    assert items_named(core.read_namespaced_pod, name=POD, namespace="etl") == finished


def test_a_read_job_is_in_the_listed_jobs(api_client: client.ApiClient) -> None:
    batch = client.BatchV1Api(api_client)
    jobs = batch.list_namespaced_job("etl").items
    for name in JOBS.items:
        job = read_or_raise(IndexError(), batch.read_namespaced_job, name=name, namespace="etl")
        assert job in jobs
        assert items_named(batch.read_namespaced_job, name=name, namespace="etl") == [
            j for j in jobs if j.metadata.name == name
        ]
    assert items_named(batch.read_namespaced_job, name="nightly-0", namespace="etl") == []


def test_with_the_async_client() -> None:
    async def scenario(url: str) -> None:
        async with async_client.ApiClient(async_client.Configuration(host=url)) as api:
            core, batch = async_client.CoreV1Api(api), async_client.BatchV1Api(api)
            pods = (await core.list_namespaced_pod("etl")).items
            jobs = (await batch.list_namespaced_job("etl")).items
            assert await core.read_namespaced_pod(name=POD, namespace="etl") not in pods
            assert await aread_or_none(core.read_namespaced_pod, name=POD, namespace="etl") in pods
            [job] = await aitems_named(batch.read_namespaced_job, name=JOB, namespace="etl")
            assert job in jobs and job == jobs[0]
            assert await aitems_named(batch.read_namespaced_job, name="x", namespace="etl") == []

    with serve_fixtures() as url:
        asyncio.run(scenario(url))
