# proves: a CRLF file stays CRLF, including the added import
# expect: KUB001 fixed

import os


def lookup(batch, namespace, name):
    return any(j.metadata.name == name for j in batch.list_namespaced_job(namespace).items)
