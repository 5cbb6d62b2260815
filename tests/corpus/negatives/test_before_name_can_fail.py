# proves: a test that can fail on other items (a comparison of a field that may be None) runs for every item: no narrowing
# expect: clean
def lookup(api, namespace, name):
    return [j for j in api.list_namespaced_job(namespace).items if j.metadata.labels["app"] > "a" and j.metadata.name == name]
