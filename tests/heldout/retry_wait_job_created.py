# proves: a submit-and-wait retry loop lists the Jobs again on every attempt, builds a set comprehension of names and tests membership
# expect: KUB001 fixed

import time


def wait_for_job_created(batch, namespace, name, attempts=5, delay=2.0, sleep=time.sleep):
    """Return the attempt on which the Job showed up; TimeoutError if it never does."""
    for attempt in range(1, attempts + 1):
        job_names = {j.metadata.name for j in batch.list_namespaced_job(namespace).items}
        if name in job_names:
            return attempt
        sleep(delay)
    raise TimeoutError(f"job {name} did not appear after {attempts} attempts")


def lookup(api, namespace, name):
    return wait_for_job_created(api, namespace, name, attempts=3, sleep=lambda _: None)
