# proves: a response bound before a retry and again in it, then copied to another local whose items are searched: the copy's read is shared by both responses, so each call keeps its response and is narrowed with a field selector
# expect: KUB005 fixed

from k8s_lint.runtime import name_selector


def lookup(api, namespace, name):
    response = api.list_namespaced_config_map(
        namespace, field_selector=name_selector(name)
    )
    for attempt in range(2):
        response = api.list_namespaced_config_map(
            namespace, field_selector=name_selector(name)
        )
    listed = response
    for item in listed.items:
        if item.metadata.name == name:
            return item
    return None
