# proves: a kopf-style create handler takes the API from memo, collects the Services with the wanted name into a list and only tests it for truth
# expect: KUB001 fixed

"""Database operator: each Database gets a Service named after it.

Registered in operator/main.py:

    kopf.on.create("example.com", "v1", "databases")(on_database_create)
"""

import logging
import types

from k8s_lint.runtime import exists


class TemporaryError(Exception):
    """kopf.TemporaryError: retry the handler later."""


def on_database_create(spec, name, namespace, memo, logger, **_):
    core = memo.core
    service_name = spec.get("serviceName", name)
    if exists(core.read_namespaced_service, name=service_name, namespace=namespace):
        logger.info("service %s already exists, adopting", service_name)
        return {"service": service_name, "created": False}
    if spec.get("paused"):
        raise TemporaryError("database is paused")
    logger.info("creating service %s", service_name)
    return {"service": service_name, "created": True}


def lookup(api, namespace, name):
    memo = types.SimpleNamespace(core=api)
    return on_database_create(
        spec={"engine": "postgres"},
        name=name,
        namespace=namespace,
        memo=memo,
        logger=logging.getLogger("kopf.objects"),
        body={},
        patch={},
    )
