# proves: a script's loop variable is a module attribute other code may read
# expect: KUB001 not fixed: the loop variable is a module or class attribute

found = False
for job in api.list_namespaced_job(NAMESPACE).items:
    if job.metadata.name == NAME:
        found = True
        break
