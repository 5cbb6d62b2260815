# proves: for/break whose else sets another variable leaves the last item in the loop variable where nothing matched: the code after reads it, so nothing is rewritten
# expect: KUB001 not fixed: the loop variable is used after the loop

def lookup(batch, namespace, name):
    missing = False
    for cj in batch.list_namespaced_cron_job(namespace=namespace).items:
        if cj.metadata.name == name:
            break
    else:
        missing = True
    if missing:
        return "absent"
    return cj
