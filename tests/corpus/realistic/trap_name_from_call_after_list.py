# proves: trap: the name comes from a call with effects made after the list call, so neither a read in the list's place (name not known yet) nor moving the list past the call keeps the behaviour
# expect: KUB001 not fixed: the name is assigned between the list call and the search
import itertools

from kubernetes import client


class Attempts:
    def __init__(self, start: int) -> None:
        self._counter = itertools.count(start)

    def next_attempt(self) -> int:
        return next(self._counter)


def attempt_exists(batch: client.BatchV1Api, namespace: str, base: str, attempts: Attempts) -> bool:
    jobs = batch.list_namespaced_job(namespace).items
    job_name = f"{base}-{attempts.next_attempt()}"
    return any(j.metadata.name == job_name for j in jobs)


def lookup(api, namespace, name):
    base, _, day = name.rpartition("-")
    attempts = Attempts(int(day))
    return attempt_exists(api, namespace, base, attempts), attempts.next_attempt()
