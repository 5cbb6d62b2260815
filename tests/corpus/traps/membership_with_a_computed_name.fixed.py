# proves: f(name) in {names}: the left side ran once, before the list; it runs once, before the read
# expect: KUB001 fixed

from k8s_lint.runtime import exists


def lookup(api, namespace, name):
    return exists(
        api.read_namespaced_job, name=name.strip(), namespace=namespace
    )
