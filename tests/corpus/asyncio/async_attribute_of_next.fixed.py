# proves: next(...).attr: StopIteration inside a coroutine is a RuntimeError both times
# expect: KUB001 fixed

from k8s_lint.runtime import aitems_named


async def lookup(api, namespace, name):
    jobs = await aitems_named(
        api.read_namespaced_job, name=name, namespace=namespace
    )
    return next(j for j in jobs if j.metadata.name == name).metadata.namespace
