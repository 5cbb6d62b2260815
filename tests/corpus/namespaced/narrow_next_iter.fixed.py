# proves: next(iter(matches), None) over a kept list of matches
# expect: KUB001 fixed
from k8s_lint.runtime import items_named


def lookup(api, namespace, name):
    secrets = items_named(
        api.read_namespaced_secret, name=name, namespace=namespace
    )
    matching = [s for s in secrets if s.metadata.name == name]
    for secret in matching:
        print("found", secret.metadata.name)
    return next(iter(matching), None)
