# proves: a for-else that continues (or breaks) an outer retry loop leaves the inner loop by falling through: after the retries the loop variable holds the last Job
# expect: KUB001 not fixed: the loop variable is used after the loop

import time


def wait_for_job(batch, namespace, job_name, attempts=2, delay=0.0):
    """A launcher's wait: poll until the Job shows up, then report it."""
    for _ in range(attempts):
        for job in batch.list_namespaced_job(namespace).items:
            if job.metadata.name == job_name:
                break
        else:
            time.sleep(delay)
            continue
        break
    return job.metadata.name


def lookup(api, namespace, name):
    return wait_for_job(api, namespace, name)
