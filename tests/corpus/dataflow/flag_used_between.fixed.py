# proves: a flag loop that does more than set the flag: the loop stays and runs once for the match
# expect: KUB001 fixed

from k8s_lint.runtime import items_named


def lookup(api, namespace, name):
    found = None
    for job in items_named(
        api.read_namespaced_job, name=name, namespace=namespace
    ):
        if job.metadata.name == name:
            found = job
            print("found")
            break
    return found
