# proves: the helper sorts with `lambda d: ...` and the caller's comprehension names its variable `d` too: the lambda's parameter is its own variable, not the comprehension's, so nothing reads the comprehension's variable late and the list is narrowed
# expect: KUB001 fixed

from k8s_lint.runtime import items_named


def deployments(apps, namespace):
    return sorted(apps.list_namespaced_deployment(namespace).items, key=lambda d: d.metadata.name)


def lookup(api, namespace, name):
    return [
        d
        for d in sorted(
            items_named(
                api.read_namespaced_deployment, name=name, namespace=namespace
            ),
            key=lambda d: d.metadata.name,
        )
        if d.metadata.name == name
    ]
