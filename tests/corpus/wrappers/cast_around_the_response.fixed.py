# proves: typing.cast() around the response (not its items) hands on the same response: its items searched by name are a lookup
# expect: KUB001 fixed
import typing

from k8s_lint.runtime import exists

def lookup(batch, namespace, name):
    return exists(batch.read_namespaced_job, name=name, namespace=namespace)
