# proves: Python evaluates a call's *args before its keyword arguments, whatever the source order: moved into the keyword, the list call would now run after the starred argument (here it raises first)
# expect: KUB001 fixed

from k8s_lint.runtime import items_named


def audit(*tags, **fields):
    return {"tags": tags, **fields}


TAGS = {"prod": ("nightly",)}  # none configured for the other namespaces yet


def tags_for(namespace):
    return TAGS[namespace]


def report(batch, namespace, job_name):
    jobs = items_named(
        batch.read_namespaced_job, name=job_name, namespace=namespace
    )
    return audit(found=any(job.metadata.name == job_name for job in jobs), *tags_for(namespace))


def lookup(api, namespace, name):
    try:
        return report(api, namespace, name)
    except KeyError as error:
        return f"KeyError {error}"
