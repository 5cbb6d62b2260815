# proves: a filtered comprehension used as an if-test becomes exists()
# expect: KUB001 fixed

from k8s_lint.runtime import exists


def lookup(batch, namespace, name):
    if exists(batch.read_namespaced_job, name=name, namespace=namespace):
        return "present"
    return "missing"
