# proves: by_name[name] followed by a subscript of the object
# expect: KUB001 fixed

from k8s_lint.runtime import aread_or_raise


async def lookup(api, namespace, name):
    return (
        await aread_or_raise(
            KeyError(name),
            api.read_namespaced_job,
            name=name,
            namespace=namespace,
        )
    ).to_dict()["metadata"]["name"]
