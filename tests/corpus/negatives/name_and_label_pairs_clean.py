# proves: pairs of (name, a label) read a field an object may lack, for every item: no narrowing (the labels of other objects are read too)
# expect: clean

def lookup(api, namespace, name):
    pairs = {(p.metadata.name, p.metadata.labels["app"]) for p in api.list_namespaced_pod(namespace).items}
    return (name, "etl") in pairs
