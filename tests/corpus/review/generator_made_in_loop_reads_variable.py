# proves: a generator expression made in the matched branch tests the loop variable when it is consumed, after the loop, where it holds the last Job: narrowing changes what it sees (as a lambda made there would)
# expect: KUB001 not fixed: the loop variable is used after the loop

STAGES = ("etl", "report")


def stage_checks(batch, namespace, job_name):
    """An operator's reconcile step: queue the stage checks of the Job, run after the pass."""
    checks = []
    for job in batch.list_namespaced_job(namespace).items:
        if job.metadata.name == job_name:
            # Lazy: the condition runs when the check is consumed.
            checks.append(stage for stage in STAGES if job.metadata.name.startswith(stage))
    return [list(check) for check in checks]


def lookup(api, namespace, name):
    return stage_checks(api, namespace, name)
