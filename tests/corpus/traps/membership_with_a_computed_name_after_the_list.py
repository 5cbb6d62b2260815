# proves: names listed first, then name.strip() in names: a str method has no effect, but moved before the API call it may raise where the list call raised first (unsafe)
# expect: KUB001 unsafe: `name.strip()`, which can raise, is now evaluated before the list

def lookup(api, namespace, name):
    names = {j.metadata.name for j in api.list_namespaced_job(namespace).items}
    return name.strip() in names
