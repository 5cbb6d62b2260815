# proves: an argument pasted into the helper's f-string must still parse: the literal "etl" inside f"{team}-jobs" ends the string (before Python 3.12), so the inlined fix does not compile
# expect: KUB001 not fixed: the list comes from team_jobs()

def team_jobs(batch, team="etl"):
    return batch.list_namespaced_job(f"{team}-jobs").items


def nightly(batch, name):
    for job in team_jobs(batch):
        if job.metadata.name == name:
            return job.metadata.name
    return None


def lookup(api, namespace, name):
    return nightly(api, name)
