# proves: a CRLF file stays CRLF, including the added import
# expect: KUB001 fixed

import os

from k8s_lint.runtime import exists


def lookup(batch, namespace, name):
    return exists(batch.read_namespaced_job, name=name, namespace=namespace)
