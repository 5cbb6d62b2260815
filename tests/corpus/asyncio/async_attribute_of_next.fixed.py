# proves: next(...).attr: StopIteration inside a coroutine is a RuntimeError both times
# expect: KUB001 fixed

from k8s_lint.runtime import aread_or_raise


async def lookup(api, namespace, name):
    return (await aread_or_raise(
        StopIteration(),
        api.read_namespaced_job,
        name=name,
        namespace=namespace,
    )).metadata.namespace
