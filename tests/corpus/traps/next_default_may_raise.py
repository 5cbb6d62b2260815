# proves: a default that can raise is evaluated before the read
# expect: KUB001 unsafe: the default, which can raise

def lookup(api, namespace, name):
    defaults = {"job": None}
    return next((j for j in api.list_namespaced_job(namespace).items if j.metadata.name == name),
                defaults["job"])
