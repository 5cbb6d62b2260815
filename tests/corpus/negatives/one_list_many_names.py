# proves: one list checked for many names in a loop is cheaper than many reads
# expect: clean

def lookup(api, namespace, name):
    names = {j.metadata.name for j in api.list_namespaced_job(namespace).items}
    return [wanted for wanted in (name, name + "-retry") if wanted not in names]
