# proves: next(iter(matches), None) over a kept list of matches
# expect: KUB001 fixed
def lookup(api, namespace, name):
    secrets = api.list_namespaced_secret(namespace).items
    matching = [s for s in secrets if s.metadata.name == name]
    for secret in matching:
        print("found", secret.metadata.name)
    return next(iter(matching), None)
