# proves: a default that can raise would run before the API call in a read with a default (unsafe): the list is narrowed instead, and next() evaluates the default where it did
# expect: KUB001 fixed

from k8s_lint.runtime import items_named


def lookup(api, namespace, name):
    defaults = {"job": None}
    return next(
        (
            j
            for j in items_named(
                api.read_namespaced_job, name=name, namespace=namespace
            )
            if j.metadata.name == name
        ),
        defaults["job"],
    )
