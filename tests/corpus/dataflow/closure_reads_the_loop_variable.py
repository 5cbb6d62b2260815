# proves: a function defined before the loop, called after it, reads the loop variable
# expect: KUB001 not fixed: the loop variable is used after the loop

def lookup(api, namespace, name):
    def report():
        print("last job seen:", job.metadata.name)

    found = None
    for job in api.list_namespaced_job(namespace).items:
        if job.metadata.name == name:
            found = job
            break
    report()
    return found
