# proves: a pytest e2e check breaks out of a for loop over StatefulSets on the name and calls pytest.fail() in the loop's else, then uses the loop variable
# expect: KUB001 fixed

import pytest
from k8s_lint.runtime import read_or_none
from kubernetes import client


def require_statefulset(apps: client.AppsV1Api, namespace: str, name: str):
    sts = read_or_none(apps.read_namespaced_stateful_set, name=name, namespace=namespace)
    if sts is None:
        pytest.fail(f"StatefulSet {name} missing from {namespace}")
    return sts


@pytest.mark.usefixtures("kafka_release")
def test_kafka_brokers_deployed(apps_api, release_namespace):
    sts = require_statefulset(apps_api, release_namespace, "kafka")
    assert sts.metadata.labels["app.kubernetes.io/name"] == "kafka"


def lookup(api, namespace, name):
    try:
        sts = require_statefulset(api, namespace, name)
    except pytest.fail.Exception as failed:
        return "failed", str(failed)
    return "ok", sts.metadata.labels
