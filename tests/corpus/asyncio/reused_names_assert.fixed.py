# proves: test suites list into the same variables twice in one function; each list call is followed to its own search, in an assert
# expect: KUB001 fixed
# expect: KUB001 fixed
from k8s_lint.runtime import aitems_named


async def lookup(api, namespace, name):
    pods = await aitems_named(
        api.read_namespaced_pod, name=name, namespace=namespace
    )
    pod_names = [p.metadata.name for p in pods]
    assert name in pod_names
    pods = await aitems_named(
        api.read_namespaced_pod, name=name, namespace="other"
    )
    pod_names = [p.metadata.name for p in pods]
    assert name not in pod_names
    return True
