# proves: "which namespace runs job X?" over list_job_for_all_namespaces(): the namespace is unknown, so the list is narrowed to the name with a field selector instead of read
# expect: KUB001 fixed

from k8s_lint.runtime import name_selector
from kubernetes import client


def namespace_of_job(batch: client.BatchV1Api, job_name: str) -> str | None:
    return next(
        (
            j.metadata.namespace
            for j in batch.list_job_for_all_namespaces(
                field_selector=name_selector(job_name)
            ).items
            if j.metadata.name == job_name
        ),
        None,
    )


def lookup(api, namespace, name):
    return namespace_of_job(api, name)
