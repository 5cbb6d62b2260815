# proves: pretty and _request_timeout carry over; a long line is wrapped one argument per line
# expect: KUB001 fixed

def lookup(batch, namespace, name):
    for job in batch.list_namespaced_job(
        namespace=namespace, pretty="true", _request_timeout=(3, 30)
    ).items:
        if job.metadata.name == name:
            return True
    return False
