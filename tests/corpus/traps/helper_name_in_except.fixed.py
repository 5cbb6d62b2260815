# proves: `except ... as exists` binds `exists` locally: the helper comes through `k8s_runtime`
# expect: KUB001 fixed

import k8s_lint.runtime as k8s_runtime


def lookup(api, namespace, name):
    try:
        pass
    except AttributeError as exists:
        raise RuntimeError(exists)
    return k8s_runtime.exists(
        api.read_namespaced_job, name=name, namespace=namespace
    )
