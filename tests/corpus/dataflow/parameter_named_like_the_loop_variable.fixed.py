# proves: a nested function's own `job` parameter is not the loop variable
# expect: KUB001 fixed

from k8s_lint.runtime import exists


def lookup(api, namespace, name):
    def describe(job):
        return job.metadata.name

    return exists(api.read_namespaced_job, name=name, namespace=namespace)
