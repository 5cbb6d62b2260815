# proves: [...][0].attr after an awaited list: (await read).attr
# expect: KUB001 fixed

from k8s_lint.runtime import aread_or_raise


async def lookup(api, namespace, name):
    return (
        await aread_or_raise(
            IndexError("list index out of range"),
            api.read_namespaced_job,
            name=name,
            namespace=namespace,
        )
    ).metadata.name
