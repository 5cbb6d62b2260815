# proves: two retries in a row, the second's local first a copy of the first's: every binding that reaches the search holds the same call's value, so all three calls are one source, each narrowed
# expect: KUB005 fixed: the response is also bound

from k8s_lint.runtime import name_selector


def lookup(api, namespace, name):
    first = api.list_namespaced_config_map(
        namespace, field_selector=name_selector(name)
    )
    for attempt in range(2):
        first = api.list_namespaced_config_map(
            namespace, field_selector=name_selector(name)
        )
    response = first
    for attempt in range(2):
        response = api.list_namespaced_config_map(
            namespace, field_selector=name_selector(name)
        )
    for item in response.items:
        if item.metadata.name == name:
            return item
    return None
