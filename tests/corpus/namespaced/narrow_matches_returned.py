# proves: the matches returned as a list: the 0-or-1-item list of the read is that list
# expect: KUB001 fixed
def lookup(api, namespace, name):
    return [cm for cm in api.list_namespaced_config_map(namespace).items if cm.metadata.name == name]
