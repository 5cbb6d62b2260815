# proves: item.to_dict()['metadata']['name'] is the same comparison
# expect: KUB001 fixed

def lookup(api, ns, name):
    return [c for c in api.list_namespaced_config_map(ns).items
            if c.to_dict()["metadata"]["name"] == name][0]
