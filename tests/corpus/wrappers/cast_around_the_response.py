# proves: typing.cast() around the response (not its items) hands on the same response: its items searched by name are a lookup
# expect: KUB001 fixed
import typing

def lookup(batch, namespace, name):
    return any(j.metadata.name == name for j in typing.cast("Any", batch.list_namespaced_job(namespace)).items)
