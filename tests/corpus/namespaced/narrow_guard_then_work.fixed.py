# proves: a guard that skips other names, then work on the match: the list is narrowed, the loop stays
# expect: KUB001 fixed
from k8s_lint.runtime import items_named


def lookup(api, namespace, name):
    for job in items_named(
        api.read_namespaced_job, name=name, namespace=namespace
    ):
        if job.metadata.name != name:
            continue
        if job.metadata.labels.get("app") == "etl":
            return "etl job"
        return "other job"
    return "no job"
