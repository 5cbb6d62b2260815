# proves: a try that only re-raises around the helper's binding alone (not its whole body) runs as if it were not there: the helper is summarised and its caller fixed
# expect: KUB001 fixed

def _jobs(batch, namespace):
    try:
        response = batch.list_namespaced_job(namespace)
    except Exception:
        raise
    return response.items or []


def lookup(api, namespace, name):
    return any(job.metadata.name == name for job in _jobs(api, namespace))
