"""Shapes spread over statements: flags, for/else, locals, unsafe fixes.

Every snippet defines ``lookup(api, namespace, name)``.
"""

from __future__ import annotations

from cases import IMPORT, Clean, Fixed, Unfixed, Unsafe

DATAFLOW = [
    Fixed(
        "flag-and-break",
        "found = None; for ...: if match: found = item; break  ->  found = read_or_none(...)",
        """\
def lookup(api, namespace, name):
    found = None
    for job in api.list_namespaced_job(namespace).items:
        if job.metadata.name == name:
            found = job
            break
    if found is None:
        return "missing"
    return found.metadata.uid
""",
        IMPORT.format("read_or_none")
        + """\
def lookup(api, namespace, name):
    found = read_or_none(
        api.read_namespaced_job,
        name=name,
        namespace=namespace,
    )
    if found is None:
        return "missing"
    return found.metadata.uid
""",
    ),
    Fixed(
        "boolean-flag",
        "present = False; for ...: if match: present = True  ->  present = exists(...)",
        """\
def lookup(api, namespace, name):
    present = False
    for job in api.list_namespaced_job(namespace).items:
        if job.metadata.name == name:
            present = True
    return present
""",
        IMPORT.format("exists")
        + """\
def lookup(api, namespace, name):
    present = exists(api.read_namespaced_job, name=name, namespace=namespace)
    return present
""",
    ),
    Fixed(
        "flag-with-default",
        "a flag that starts at another value keeps it when nothing matches",
        """\
MISSING = "missing"


def lookup(api, namespace, name):
    found = MISSING
    for job in api.list_namespaced_job(namespace).items:
        if job.metadata.name == name:
            found = job
            break
    return found
""",
        """\
from k8s_lint.runtime import read_or_default
MISSING = "missing"


def lookup(api, namespace, name):
    found = read_or_default(
        MISSING,
        api.read_namespaced_job,
        name=name,
        namespace=namespace,
    )
    return found
""",
    ),
    Fixed(
        "for-else-bool",
        "for/else: the else branch is the fallback",
        """\
def lookup(api, namespace, name):
    for job in api.list_namespaced_job(namespace).items:
        if job.metadata.name == name:
            return True
    else:
        return False
""",
        IMPORT.format("exists")
        + """\
def lookup(api, namespace, name):
    return exists(api.read_namespaced_job, name=name, namespace=namespace)
""",
    ),
    Fixed(
        "for-else-item",
        "for/else returning the item or None",
        """\
def lookup(api, namespace, name):
    for job in api.list_namespaced_job(namespace).items:
        if name == job.metadata.name:
            return job
    else:
        return None
""",
        IMPORT.format("read_or_none")
        + """\
def lookup(api, namespace, name):
    return read_or_none(
        api.read_namespaced_job,
        name=name,
        namespace=namespace,
    )
""",
    ),
    Fixed(
        "list-then-items-then-search",
        "jobs = list; items = jobs.items; search items: both locals go",
        """\
def lookup(api, namespace, name):
    jobs = api.list_namespaced_job(namespace)
    items = jobs.items
    return next((j for j in items if j.metadata.name == name), None)
""",
        IMPORT.format("read_or_none")
        + """\
def lookup(api, namespace, name):
    return read_or_none(
        api.read_namespaced_job,
        name=name,
        namespace=namespace,
    )
""",
    ),
    Fixed(
        "module-level-client",
        "a client kept at module level is an ordinary receiver",
        """\
BATCH = None


def configure(api):
    global BATCH
    BATCH = api


def lookup(api, namespace, name):
    configure(api)
    return any(j.metadata.name == name for j in BATCH.list_namespaced_job(namespace).items)
""",
        """\
from k8s_lint.runtime import exists
BATCH = None


def configure(api):
    global BATCH
    BATCH = api


def lookup(api, namespace, name):
    configure(api)
    return exists(BATCH.read_namespaced_job, name=name, namespace=namespace)
""",
    ),
]

DATAFLOW_UNSAFE = [
    Unsafe(
        "per-item-logging",
        "a statement run for every item (a log line) is dropped: unsafe",
        """\
import logging

LOG = logging.getLogger(__name__)


def lookup(api, namespace, name):
    for job in api.list_namespaced_job(namespace).items:
        LOG.debug("looking at %s", job.metadata.name)
        if job.metadata.name == name:
            return True
    return False
""",
        """\
import logging
from k8s_lint.runtime import exists

LOG = logging.getLogger(__name__)


def lookup(api, namespace, name):
    return exists(api.read_namespaced_job, name=name, namespace=namespace)
""",
        "drops statements the loop ran for every item",
    ),
    Unsafe(
        "limit-without-paging",
        "with limit and no paging the search saw one page; the read sees everything",
        """\
def lookup(api, namespace, name):
    jobs = api.list_namespaced_job(namespace, limit=1).items
    return any(j.metadata.name == name for j in jobs)
""",
        IMPORT.format("exists")
        + """\
def lookup(api, namespace, name):
    return exists(api.read_namespaced_job, name=name, namespace=namespace)
""",
        "searched only its first page",
    ),
]

DATAFLOW_UNFIXED = [
    Unfixed(
        "loop-variable-used-after",
        "the loop variable after the loop holds the last item: a fix would change it",
        """\
def lookup(api, namespace, name):
    found = False
    for job in api.list_namespaced_job(namespace).items:
        if job.metadata.name == name:
            found = True
            break
    return found, job
""",
        "the loop variable is used after the loop",
    ),
    Unfixed(
        "flag-used-between",
        "a flag loop that does more than set the flag",
        """\
def lookup(api, namespace, name):
    found = None
    for job in api.list_namespaced_job(namespace).items:
        if job.metadata.name == name:
            found = job
            print("found")
            break
    return found
""",
        "the loop does more than find the match",
    ),
]

DATAFLOW_CLEAN = [
    Clean(
        "receiver-defined-in-file",
        "a class in the same file defines the list method: the receiver may be it",
        """\
class Batch:
    def list_namespaced_job(self, namespace):
        return self

    items = ()


def lookup(api, namespace, name):
    return any(j.metadata.name == name for j in Batch().list_namespaced_job(namespace).items)
""",
    ),
    Clean(
        "name-bound-in-loop",
        "the compared value is the item's own field: no single name",
        """\
def lookup(api, namespace, name):
    for job in api.list_namespaced_job(namespace).items:
        wanted = job.metadata.labels.get("job-name")
        if job.metadata.name == wanted:
            return True
    return False
""",
    ),
    Clean(
        "per-item-counting",
        "a loop that counts every item does real work per item: not a lookup",
        """\
def lookup(api, namespace, name):
    seen = 0
    for job in api.list_namespaced_job(namespace).items:
        seen += 1
        if job.metadata.name == name:
            return seen
    return -1
""",
    ),
]
