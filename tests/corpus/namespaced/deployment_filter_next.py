# proves: AppsV1Api deployments through filter(lambda ...) and next()
# expect: KUB001 fixed

def lookup(api, ns, name):
    items = api.list_namespaced_deployment(ns).items
    return next(filter(lambda d: d.metadata.name == name, items), None)
