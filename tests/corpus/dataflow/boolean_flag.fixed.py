# proves: present = False; for ...: if match: present = True  ->  present = exists(...)
# expect: KUB001 fixed

from k8s_lint.runtime import exists


def lookup(api, namespace, name):
    present = exists(api.read_namespaced_job, name=name, namespace=namespace)
    return present
