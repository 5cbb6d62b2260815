# proves: a name computed by a str method has no effect (once per item before, once after), but may raise for an empty list where the search never evaluated it: unsafe
# expect: KUB001 unsafe: `name.lower()` is evaluated even when the list is empty

from k8s_lint.runtime import exists


def lookup(batch, namespace, name):
    return exists(
        batch.read_namespaced_job, name=name.lower(), namespace=namespace
    )
