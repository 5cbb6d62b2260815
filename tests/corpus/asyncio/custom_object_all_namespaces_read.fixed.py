# proves: the asyncio client's list_custom_object_for_all_namespaces searched by name and a literal namespace: the object is read from that namespace
# expect: KUB003 fixed

from k8s_lint.runtime import aread_or_none


async def lookup(api, namespace, name):
    return await aread_or_none(
        api.get_namespaced_custom_object,
        name=name,
        group="example.com",
        version="v1",
        plural="widgets",
        namespace="jobs",
    )
