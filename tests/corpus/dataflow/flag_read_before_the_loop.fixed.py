# proves: the flag is used after its first value, before the loop: the flag code stays and only the list is narrowed
# expect: KUB001 fixed

from k8s_lint.runtime import items_named


def lookup(api, namespace, name):
    found = False
    print(found)
    for job in items_named(
        api.read_namespaced_job, name=name, namespace=namespace
    ):
        if job.metadata.name == name:
            found = True
            break
    return found
