# proves: next() without a default inside a coroutine, caught by `except StopIteration` there: the list is narrowed and next() stays in the coroutine
# expect: KUB001 fixed
from k8s_lint.runtime import aitems_named


async def lookup(api, namespace, name):
    try:
        pod = next(
            p
            for p in await aitems_named(
                api.read_namespaced_pod, name=name, namespace=namespace
            )
            if p.metadata.name == name
        )
    except StopIteration:
        return "missing"
    return pod.metadata.labels
