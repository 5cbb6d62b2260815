# proves: `name == N and <a test on the same item>`: the other test runs only on the match, before and after
# expect: KUB001 fixed
from k8s_lint.runtime import items_named


def lookup(api, namespace, name):
    ready = [
        p
        for p in items_named(
            api.read_namespaced_pod, name=name, namespace=namespace
        )
        if p.metadata.name == name and p.metadata.labels.get("app") == "etl"
    ]
    return len(ready)
