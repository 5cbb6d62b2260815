# proves: {name: ...} raises TypeError for an unhashable name, now before the read
# expect: KUB001 unsafe: the default, which can raise, is now evaluated before the API call

from k8s_lint.runtime import read_or_default


def lookup(api, namespace, name):
    return read_or_default(
        {name: None}, api.read_namespaced_job, name=name, namespace=namespace
    )
