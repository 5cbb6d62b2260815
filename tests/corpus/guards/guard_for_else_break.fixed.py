# proves: a guarded test in a for/else that breaks on the match keeps the loop and narrows the list
# expect: KUB001 fixed

from k8s_lint.runtime import items_named


def lookup(api, namespace, name):
    for job in items_named(
        api.read_namespaced_job, name=name, namespace=namespace
    ):
        if job.metadata is not None and job.metadata.name == name:
            break
    else:
        return "missing"
    return "present"
