# proves: present = False; for ...: if match: present = True  ->  present = exists(...)
# expect: KUB001 fixed

def lookup(api, namespace, name):
    present = False
    for job in api.list_namespaced_job(namespace).items:
        if job.metadata.name == name:
            present = True
    return present
