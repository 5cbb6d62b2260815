# proves: a search inside a lambda runs once per call of the lambda
# expect: clean

def lookup(api, namespace, names):
    jobs = api.list_namespaced_job(namespace, label_selector="app=etl").items
    return list(filter(lambda n: any(j.metadata.name == n for j in jobs), names))
