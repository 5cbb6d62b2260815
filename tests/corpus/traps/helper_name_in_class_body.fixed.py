# proves: a search in a class body sees that class's own `exists`
# expect: KUB001 fixed

import k8s_lint.runtime as k8s_runtime


def lookup(api, namespace, name):
    class Probe:
        exists = "shadow"
        found = k8s_runtime.exists(
            api.read_namespaced_job, name=name, namespace=namespace
        )

    return Probe.found
