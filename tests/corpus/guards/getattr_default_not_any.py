# proves: getattr(meta, "name", None) reads the name (every metadata has it); `not any(...)` asks for absence
# expect: KUB001 fixed

def lookup(api, namespace, name):
    services = api.list_namespaced_service(namespace).items
    return not any(getattr(s.metadata, "name", None) == name for s in services)
