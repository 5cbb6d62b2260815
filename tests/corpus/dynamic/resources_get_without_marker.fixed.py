# proves: dynamic-client code handed a client made elsewhere (no DynamicClient in the file) is recognised by .resources.get(api_version=..., kind=...)
# expect: KUB006 fixed
from k8s_lint.runtime import exists


def lookup(api, namespace, name):
    jobs = api.resources.get(api_version="batch/v1", kind="Job")
    return exists(jobs.get, name=name, namespace="jobs")
