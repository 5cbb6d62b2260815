# proves: a local called `exists` keeps its name: the helper comes through `k8s_runtime`
# expect: KUB001 fixed

import k8s_lint.runtime as k8s_runtime


def lookup(batch, namespace, name):
    exists = k8s_runtime.exists(
        batch.read_namespaced_job, name=name, namespace=namespace
    )
    return exists
