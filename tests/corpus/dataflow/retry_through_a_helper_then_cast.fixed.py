# proves: the first list from a helper, the retry listing directly, the response read through a cast: one shared response, so both calls keep it and are narrowed by a field selector (executed: narrowing them to items would leave `cast(...).items` reading a list)
# expect: KUB005 fixed: the response is also bound on line 14, where it stays a response

import typing

from k8s_lint.runtime import name_selector


def fetch_job(batch, namespace):
    return batch.list_namespaced_job(namespace)


def lookup(batch, namespace, name):
    response = batch.list_namespaced_job(
        namespace, field_selector=name_selector(name)
    )
    for attempt in range(2):
        response = batch.list_namespaced_job(
            namespace, field_selector=name_selector(name)
        )
    return any(j.metadata.name == name for j in typing.cast("Any", response).items)
