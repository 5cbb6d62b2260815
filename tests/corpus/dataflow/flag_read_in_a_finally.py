# proves: inside a try, the flag's first value stays: a finally reads it when the read raised
# expect: KUB001 fixed

def lookup(api, namespace, name):
    try:
        found = False
        for job in api.list_namespaced_job(namespace).items:
            if job.metadata.name == name:
                found = True
                break
    finally:
        last_answer = found
    return last_answer
