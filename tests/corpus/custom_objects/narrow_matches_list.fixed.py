# proves: custom objects' matches used as a list are narrowed with get_namespaced_custom_object
# expect: KUB003 fixed
from k8s_lint.runtime import items_named


def lookup(api, namespace, name):
    objs = items_named(
        api.get_namespaced_custom_object,
        name=name,
        group="stable.example.com",
        version="v1",
        namespace=namespace,
        plural="crontabs",
    )
    return [o for o in objs if o["metadata"]["name"] == name]
