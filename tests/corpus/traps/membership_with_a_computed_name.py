# proves: f(name) in {names}: the left side ran once, before the list; it runs once, before the read
# expect: KUB001 fixed

def lookup(api, namespace, name):
    return name.strip() in {j.metadata.name for j in api.list_namespaced_job(namespace).items}
