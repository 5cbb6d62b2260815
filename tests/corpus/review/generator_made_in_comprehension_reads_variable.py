# proves: generator expressions made by a comprehension share its variable, which ends on the last item listed: each one's condition, run when consumed, sees that item, not its match
# expect: KUB001 not fixed: variable

STAGES = ("etl", "report")


def stage_checks(batch, namespace, job_name):
    return [
        (stage for stage in STAGES if job.metadata.name.startswith(stage))
        for job in batch.list_namespaced_job(namespace).items
        if job.metadata.name == job_name
    ]


def lookup(api, namespace, name):
    return [list(check) for check in stage_checks(api, namespace, name)]
