# proves: an async loop returning a field of the match is narrowed with aitems_named
# expect: KUB001 fixed
from k8s_lint.runtime import aitems_named


async def lookup(api, namespace, name):
    for job in await aitems_named(
        api.read_namespaced_job, name=name, namespace=namespace
    ):
        if job.metadata.name == name:
            return job.metadata.labels
    return None
