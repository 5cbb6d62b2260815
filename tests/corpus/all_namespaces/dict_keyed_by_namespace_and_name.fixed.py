# proves: a dict keyed by (namespace, name), read with one pair: narrowed by the name like a dict keyed by name
# expect: KUB005 fixed

from k8s_lint.runtime import name_selector


def lookup(api, namespace, name):
    by_key = {
        (s.metadata.namespace, s.metadata.name): s
        for s in api.list_service_for_all_namespaces(
            field_selector=name_selector(name)
        ).items
    }
    return by_key.get((namespace, name))
