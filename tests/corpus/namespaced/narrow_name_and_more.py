# proves: `name == N and <a test on the same item>`: the other test runs only on the match, before and after
# expect: KUB001 fixed
def lookup(api, namespace, name):
    ready = [p for p in api.list_namespaced_pod(namespace).items if p.metadata.name == name and p.metadata.labels.get("app") == "etl"]
    return len(ready)
