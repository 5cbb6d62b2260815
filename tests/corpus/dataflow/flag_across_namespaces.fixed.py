# proves: a flag loop in a loop over namespaces: a miss in the second namespace must not reset a hit in the first, so the flag code stays and only each list is narrowed
# expect: KUB001 fixed

from k8s_lint.runtime import items_named


def lookup(api, namespace, name):
    found = False
    for ns in (namespace, "other"):
        for job in items_named(
            api.read_namespaced_job, name=name, namespace=ns
        ):
            if job.metadata.name == name:
                found = True
                break
    return found
