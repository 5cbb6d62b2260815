# proves: a with-statement runs code before its body: the list is narrowed where it is, before the with
# expect: KUB001 fixed

from k8s_lint.runtime import items_named


def lookup(batch, namespace, name):
    jobs = items_named(
        batch.read_namespaced_job, name=name, namespace=namespace
    )
    with open("/dev/null"):
        return any(j.metadata.name == name for j in jobs)
