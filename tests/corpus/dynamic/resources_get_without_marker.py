# proves: dynamic-client code handed a client made elsewhere (no DynamicClient in the file) is recognised by .resources.get(api_version=..., kind=...)
# expect: KUB006 fixed
def lookup(api, namespace, name):
    jobs = api.resources.get(api_version="batch/v1", kind="Job")
    return any(j.metadata.name == name for j in jobs.get(namespace="jobs").items)
