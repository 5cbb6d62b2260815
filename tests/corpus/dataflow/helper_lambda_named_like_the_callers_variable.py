# proves: the helper sorts with `lambda d: ...` and the caller's comprehension names its variable `d` too: the lambda's parameter is its own variable, not the comprehension's, so nothing reads the comprehension's variable late and the list is narrowed
# expect: KUB001 fixed

def deployments(apps, namespace):
    return sorted(apps.list_namespaced_deployment(namespace).items, key=lambda d: d.metadata.name)


def lookup(api, namespace, name):
    return [d for d in deployments(api, namespace) if d.metadata.name == name]
