# proves: lambdas made in a comprehension share its variable, which ends on the last item listed (filtered out or not): narrowing changes what every lambda sees
# expect: KUB001 not fixed: variable

def deferred_reports(batch, namespace, job_name):
    """Queue a report for the Job, to run after the reconcile pass."""
    return [
        lambda: f"report for {j.metadata.name}"
        for j in batch.list_namespaced_job(namespace).items
        if j.metadata.name == job_name
    ]


def lookup(api, namespace, name):
    return [report() for report in deferred_reports(api, namespace, name)]
