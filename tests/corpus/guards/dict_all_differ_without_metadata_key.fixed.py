# proves: a custom object counts as absent when it has no metadata key or another name: `"metadata" not in o or ...` negates the dict guard
# expect: KUB003 fixed

from k8s_lint.runtime import exists


def lookup(api, namespace, name):
    return not exists(
        api.get_namespaced_custom_object,
        name=name,
        group="example.com",
        version="v1",
        namespace=namespace,
        plural="widgets",
    )
