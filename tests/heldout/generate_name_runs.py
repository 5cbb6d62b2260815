# proves: Jobs submitted with generateName are found by metadata.generate_name: every run of the template matches, the name of none of them is known
# expect: clean

from kubernetes import client


def runs_of(batch: client.BatchV1Api, namespace: str, template: str) -> list[str]:
    prefix = template if template.endswith("-") else f"{template}-"
    runs = []
    for job in batch.list_namespaced_job(namespace).items:
        if getattr(job.metadata, "generate_name", None) == prefix:
            runs.append(job.metadata.name)
    return sorted(runs)


def latest_run(batch, namespace, template):
    runs = runs_of(batch, namespace, template)
    return runs[-1] if runs else None


def lookup(api, namespace, name):
    return latest_run(api, namespace, name)
