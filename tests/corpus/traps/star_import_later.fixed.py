# proves: a star import could rebind `exists`: the helper comes through `k8s_runtime`
# expect: KUB001 fixed

import os

import k8s_lint.runtime as k8s_runtime


def lookup(api, namespace, name):
    return k8s_runtime.exists(
        api.read_namespaced_job, name=name, namespace=namespace
    )


from os.path import *  # noqa: E402, F403
