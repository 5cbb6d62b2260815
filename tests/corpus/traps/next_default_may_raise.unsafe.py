# proves: a default that can raise is evaluated before the read
# expect: KUB001 unsafe: the default, which can raise

from k8s_lint.runtime import read_or_default


def lookup(api, namespace, name):
    defaults = {"job": None}
    return read_or_default(
        defaults["job"],
        api.read_namespaced_job,
        name=name,
        namespace=namespace,
    )
