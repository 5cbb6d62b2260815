# proves: test suites list into the same variables twice in one function; each list call is followed to its own search, in an assert
# expect: KUB001 fixed
# expect: KUB001 fixed
from k8s_lint.runtime import aexists


async def lookup(api, namespace, name):
    assert await aexists(
        api.read_namespaced_pod,
        name=name,
        namespace=namespace,
    )
    assert not await aexists(
        api.read_namespaced_pod,
        name=name,
        namespace="other",
    )
    return True
