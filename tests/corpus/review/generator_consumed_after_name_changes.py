# proves: a generator's test runs when it is consumed, with the name's value then; the name assigned between creation and consumption is read by the original, not by the narrowed read
# expect: KUB001 not fixed: the name is assigned between the list call and the search

def chain_of_jobs(batch, namespace, first_job):
    """Follow a chain of Jobs, each stage naming the next."""
    current = first_job
    stages = (
        j.metadata.name
        for j in batch.list_namespaced_job(namespace).items
        if j.metadata.name == current
    )
    first = next(stages, None)
    current = "report-7"  # the stage after it
    second = next(stages, None)
    return first, second


def lookup(api, namespace, name):
    return chain_of_jobs(api, namespace, name)
