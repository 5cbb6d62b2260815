# proves: a guard that skips other names, then work on the match: the list is narrowed, the loop stays
# expect: KUB001 fixed
def lookup(api, namespace, name):
    for job in api.list_namespaced_job(namespace).items:
        if job.metadata.name != name:
            continue
        if job.metadata.labels.get("app") == "etl":
            return "etl job"
        return "other job"
    return "no job"
