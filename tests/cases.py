"""Before/after pairs, one per shape, and the code that must stay untouched.

Every snippet defines ``lookup(batch, namespace, name)`` so that the
execution tests can run the code before and after the fix against a fake
API in every cluster state.
"""

from __future__ import annotations

from typing import NamedTuple


class Fixed(NamedTuple):
    id: str
    proves: str
    before: str
    after: str
    code: str = "KUB001"


class Unfixed(NamedTuple):
    id: str
    proves: str
    code: str
    reason: str  # expected in the message's "not fixed: ..." clause


class Unsafe(NamedTuple):
    id: str
    proves: str
    before: str
    after: str  # with --unsafe-fixes
    caveat: str  # expected in the fix's caveat


class Clean(NamedTuple):
    id: str
    proves: str
    code: str


IMPORT = "from k8s_lint.runtime import {}\n\n\n"

FIXED = [
    # a. any() over the items
    Fixed(
        "any",
        "any(item.metadata.name == name for item in ...items) becomes exists()",
        """\
def lookup(batch, namespace, name):
    return any(j.metadata.name == name for j in batch.list_namespaced_job(namespace).items)
""",
        IMPORT.format("exists")
        + """\
def lookup(batch, namespace, name):
    return exists(batch.read_namespaced_job, name=name, namespace=namespace)
""",
    ),
    Fixed(
        "any-reversed",
        "the name may stand on either side of ==",
        """\
def lookup(batch, namespace, name):
    return any(name == j.metadata.name for j in batch.list_namespaced_job(namespace).items)
""",
        IMPORT.format("exists")
        + """\
def lookup(batch, namespace, name):
    return exists(batch.read_namespaced_job, name=name, namespace=namespace)
""",
    ),
    Fixed(
        "not-any",
        "only the any() call is replaced; the surrounding `not` stays",
        """\
def lookup(batch, namespace, name):
    if not any(j.metadata.name == name for j in batch.list_namespaced_job(namespace).items):
        return "missing"
    return "present"
""",
        IMPORT.format("exists")
        + """\
def lookup(batch, namespace, name):
    if not exists(batch.read_namespaced_job, name=name, namespace=namespace):
        return "missing"
    return "present"
""",
    ),
    # b. the loop idiom
    Fixed(
        "loop-true-false",
        "DolphinScheduler's jobExist: return True in the loop, False after it",
        """\
def lookup(batch, namespace, name):
    for job in batch.list_namespaced_job(namespace).items:
        if job.metadata.name == name:
            return True
    return False
""",
        IMPORT.format("exists")
        + """\
def lookup(batch, namespace, name):
    return exists(batch.read_namespaced_job, name=name, namespace=namespace)
""",
    ),
    Fixed(
        "loop-job-none",
        "returning the matching job, and None after the loop, becomes read_or_none()",
        """\
def lookup(batch, namespace, name):
    for job in batch.list_namespaced_job(namespace).items:
        if job.metadata.name == name:
            return job
    return None
""",
        IMPORT.format("read_or_none")
        + """\
def lookup(batch, namespace, name):
    return read_or_none(
        batch.read_namespaced_job,
        name=name,
        namespace=namespace,
    )
""",
    ),
    Fixed(
        "loop-job-bare-return",
        "a bare `return` after the loop also means None",
        """\
def lookup(batch, namespace, name):
    for job in batch.list_namespaced_job(namespace).items:
        if job.metadata.name == name:
            return job
    return
""",
        IMPORT.format("read_or_none")
        + """\
def lookup(batch, namespace, name):
    return read_or_none(
        batch.read_namespaced_job,
        name=name,
        namespace=namespace,
    )
""",
    ),
    Fixed(
        "loop-job-falls-off",
        "a loop at the end of a function falls off it, returning None",
        """\
def lookup(batch, namespace, name):
    for job in batch.list_namespaced_job(namespace).items:
        if job.metadata.name == name:
            return job
""",
        IMPORT.format("read_or_none")
        + """\
def lookup(batch, namespace, name):
    return read_or_none(
        batch.read_namespaced_job,
        name=name,
        namespace=namespace,
    )
""",
    ),
    Fixed(
        "loop-carries-options",
        "pretty and _request_timeout carry over; a long line is wrapped one argument per line",
        """\
def lookup(batch, namespace, name):
    for job in batch.list_namespaced_job(
        namespace=namespace, pretty="true", _request_timeout=(3, 30)
    ).items:
        if job.metadata.name == name:
            return True
    return False
""",
        IMPORT.format("exists")
        + """\
def lookup(batch, namespace, name):
    return exists(
        batch.read_namespaced_job,
        name=name,
        namespace=namespace,
        pretty="true",
        _request_timeout=(3, 30),
    )
""",
    ),
    Fixed(
        "method-on-self",
        "a client kept on self; the receiver expression is kept as written",
        """\
class Jobs:
    def __init__(self, batch):
        self.batch = batch

    def exists(self, namespace, name):
        for job in self.batch.list_namespaced_job(namespace).items:
            if job.metadata.name == name:
                return True
        return False


def lookup(batch, namespace, name):
    return Jobs(batch).exists(namespace, name)
""",
        """\
from k8s_lint.runtime import exists


class Jobs:
    def __init__(self, batch):
        self.batch = batch

    def exists(self, namespace, name):
        return exists(
            self.batch.read_namespaced_job,
            name=name,
            namespace=namespace,
        )


def lookup(batch, namespace, name):
    return Jobs(batch).exists(namespace, name)
""",
    ),
    # c. a filtered list comprehension
    Fixed(
        "filter-truthiness",
        "a filtered comprehension used as an if-test becomes exists()",
        """\
def lookup(batch, namespace, name):
    if [j for j in batch.list_namespaced_job(namespace).items if j.metadata.name == name]:
        return "present"
    return "missing"
""",
        IMPORT.format("exists")
        + """\
def lookup(batch, namespace, name):
    if exists(batch.read_namespaced_job, name=name, namespace=namespace):
        return "present"
    return "missing"
""",
    ),
    Fixed(
        "filter-bool",
        "bool([...]) keeps the bool() call around exists()",
        """\
def lookup(batch, namespace, name):
    return bool([j for j in batch.list_namespaced_job(namespace).items if j.metadata.name == name])
""",
        IMPORT.format("exists")
        + """\
def lookup(batch, namespace, name):
    return bool(exists(
        batch.read_namespaced_job,
        name=name,
        namespace=namespace,
    ))
""",
    ),
    Fixed(
        "filter-len-eq-0",
        "len(matches) == 0 is absence",
        """\
def lookup(batch, namespace, name):
    return len([j for j in batch.list_namespaced_job(namespace).items if j.metadata.name == name]) == 0
""",
        IMPORT.format("exists")
        + """\
def lookup(batch, namespace, name):
    return not exists(
        batch.read_namespaced_job,
        name=name,
        namespace=namespace,
    )
""",
    ),
    Fixed(
        "filter-len-gte-1",
        "len(matches) >= 1 is existence",
        """\
def lookup(batch, namespace, name):
    return len([j for j in batch.list_namespaced_job(namespace).items if j.metadata.name == name]) >= 1
""",
        IMPORT.format("exists")
        + """\
def lookup(batch, namespace, name):
    return exists(batch.read_namespaced_job, name=name, namespace=namespace)
""",
    ),
    Fixed(
        "filter-len-truthiness",
        "`if len(matches):` is existence",
        """\
def lookup(batch, namespace, name):
    if len([j for j in batch.list_namespaced_job(namespace).items if j.metadata.name == name]):
        return 1
    return 0
""",
        IMPORT.format("exists")
        + """\
def lookup(batch, namespace, name):
    if exists(batch.read_namespaced_job, name=name, namespace=namespace):
        return 1
    return 0
""",
    ),
    Fixed(
        "filter-index-0",
        "[...][0] keeps raising IndexError when the job is absent",
        """\
def lookup(batch, namespace, name):
    return [j for j in batch.list_namespaced_job(namespace).items if j.metadata.name == name][0]
""",
        IMPORT.format("read_or_raise")
        + """\
def lookup(batch, namespace, name):
    return read_or_raise(
        IndexError("list index out of range"),
        batch.read_namespaced_job,
        name=name,
        namespace=namespace,
    )
""",
    ),
    Fixed(
        "filter-index-minus-1",
        "[...][-1] is the same single match",
        """\
def lookup(batch, namespace, name):
    job = [j for j in batch.list_namespaced_job(namespace).items if j.metadata.name == name][-1]
    return job
""",
        IMPORT.format("read_or_raise")
        + """\
def lookup(batch, namespace, name):
    job = read_or_raise(
        IndexError("list index out of range"),
        batch.read_namespaced_job,
        name=name,
        namespace=namespace,
    )
    return job
""",
    ),
    # d. next()
    Fixed(
        "next-default-none",
        "next(..., None) becomes read_or_none()",
        """\
def lookup(batch, namespace, name):
    return next((j for j in batch.list_namespaced_job(namespace).items if j.metadata.name == name), None)
""",
        IMPORT.format("read_or_none")
        + """\
def lookup(batch, namespace, name):
    return read_or_none(
        batch.read_namespaced_job,
        name=name,
        namespace=namespace,
    )
""",
    ),
    Fixed(
        "next-default-value",
        "next(..., default) keeps its default",
        """\
def lookup(batch, namespace, name):
    return next((j for j in batch.list_namespaced_job(namespace).items if j.metadata.name == name), False)
""",
        IMPORT.format("read_or_default")
        + """\
def lookup(batch, namespace, name):
    return read_or_default(
        False,
        batch.read_namespaced_job,
        name=name,
        namespace=namespace,
    )
""",
    ),
    Fixed(
        "next-no-default",
        "next() without a default keeps raising StopIteration when absent",
        """\
def lookup(batch, namespace, name):
    return next(j for j in batch.list_namespaced_job(namespace).items if j.metadata.name == name)
""",
        IMPORT.format("read_or_raise")
        + """\
def lookup(batch, namespace, name):
    return read_or_raise(
        StopIteration(),
        batch.read_namespaced_job,
        name=name,
        namespace=namespace,
    )
""",
    ),
    # e. membership in the names
    Fixed(
        "name-in-list",
        "name in [item names] becomes exists()",
        """\
def lookup(batch, namespace, name):
    return name in [j.metadata.name for j in batch.list_namespaced_job(namespace).items]
""",
        IMPORT.format("exists")
        + """\
def lookup(batch, namespace, name):
    return exists(batch.read_namespaced_job, name=name, namespace=namespace)
""",
    ),
    Fixed(
        "name-not-in-set",
        "name not in {item names} becomes not exists()",
        """\
def lookup(batch, namespace, name):
    return name not in {j.metadata.name for j in batch.list_namespaced_job(namespace).items}
""",
        IMPORT.format("exists")
        + """\
def lookup(batch, namespace, name):
    return not exists(
        batch.read_namespaced_job,
        name=name,
        namespace=namespace,
    )
""",
    ),
    Fixed(
        "name-in-generator",
        "a generator of names works the same",
        """\
def lookup(batch, namespace, name):
    return name in (j.metadata.name for j in batch.list_namespaced_job(namespace).items)
""",
        IMPORT.format("exists")
        + """\
def lookup(batch, namespace, name):
    return exists(batch.read_namespaced_job, name=name, namespace=namespace)
""",
    ),
    # f. the list bound to a local first
    Fixed(
        "local-list-then-loop",
        "jobs = list call; for job in jobs.items: the assignment goes, the loop is rewritten",
        """\
def lookup(batch, namespace, name):
    jobs = batch.list_namespaced_job(namespace)
    for job in jobs.items:
        if job.metadata.name == name:
            return True
    return False
""",
        IMPORT.format("exists")
        + """\
def lookup(batch, namespace, name):
    return exists(batch.read_namespaced_job, name=name, namespace=namespace)
""",
    ),
    Fixed(
        "local-items-then-any",
        "items = list call .items; any(... for j in items)",
        """\
def lookup(batch, namespace, name):
    items = batch.list_namespaced_job(namespace).items
    return any(j.metadata.name == name for j in items)
""",
        IMPORT.format("exists")
        + """\
def lookup(batch, namespace, name):
    return exists(batch.read_namespaced_job, name=name, namespace=namespace)
""",
    ),
    Fixed(
        "local-with-inert-statement-between",
        "an assignment without calls between the list and the search does not block the move",
        """\
def lookup(batch, namespace, name):
    jobs = batch.list_namespaced_job(namespace).items
    wanted = name
    return next((j for j in jobs if j.metadata.name == wanted), None)
""",
        IMPORT.format("read_or_none")
        + """\
def lookup(batch, namespace, name):
    wanted = name
    return read_or_none(
        batch.read_namespaced_job,
        name=wanted,
        namespace=namespace,
    )
""",
    ),
    # Where the import goes, and what stays byte-identical.
    Fixed(
        "import-after-docstring-future-and-imports",
        "the module docstring, __future__ import and comments outside the span are kept; "
        "the helper import joins the top import block",
        '''\
"""Job helpers."""  # the docstring

from __future__ import annotations

import os  # kept
# a comment between imports and code

DEFAULT = os.environ.get("NS", "default")


def lookup(batch, namespace, name):  # trailing comment kept
    # a comment before the loop is kept
    for job in batch.list_namespaced_job(namespace).items:
        if job.metadata.name == name:
            return True
    return False  # so is this one
''',
        '''\
"""Job helpers."""  # the docstring

from __future__ import annotations

import os  # kept
from k8s_lint.runtime import exists
# a comment between imports and code

DEFAULT = os.environ.get("NS", "default")


def lookup(batch, namespace, name):  # trailing comment kept
    # a comment before the loop is kept
    return exists(
        batch.read_namespaced_job,
        name=name,
        namespace=namespace,
    )  # so is this one
''',
    ),
    Fixed(
        "comments-in-span-are-moved",
        "comments inside the replaced code move above the new code, in order",
        """\
def lookup(batch, namespace, name):
    jobs = batch.list_namespaced_job(namespace)  # every job, for now
    for job in jobs.items:
        # names are unique within a namespace
        if job.metadata.name == name:
            return True
    return False
""",
        IMPORT.format("exists")
        + """\
def lookup(batch, namespace, name):
    # every job, for now
    # names are unique within a namespace
    return exists(batch.read_namespaced_job, name=name, namespace=namespace)
""",
    ),
    Fixed(
        "watch-false",
        "watch=False (as in the client's examples) is a plain list: dropped from the read",
        """\
def lookup(batch, namespace, name):
    for job in batch.list_namespaced_job(namespace, watch=False).items:
        if job.metadata.name == name:
            return True
    return False
""",
        IMPORT.format("exists")
        + """\
def lookup(batch, namespace, name):
    return exists(batch.read_namespaced_job, name=name, namespace=namespace)
""",
    ),
    Fixed(
        "helper-name-taken",
        "a local called `exists` keeps its name: the helper comes through `k8s_runtime`",
        """\
def lookup(batch, namespace, name):
    exists = any(j.metadata.name == name for j in batch.list_namespaced_job(namespace).items)
    return exists
""",
        """\
import k8s_lint.runtime as k8s_runtime


def lookup(batch, namespace, name):
    exists = k8s_runtime.exists(
        batch.read_namespaced_job,
        name=name,
        namespace=namespace,
    )
    return exists
""",
    ),
    Fixed(
        "import-reused",
        "a module that already imports the helper gets no second import",
        """\
from k8s_lint.runtime import exists


def lookup(batch, namespace, name):
    return any(j.metadata.name == name for j in batch.list_namespaced_job(namespace).items)
""",
        """\
from k8s_lint.runtime import exists


def lookup(batch, namespace, name):
    return exists(batch.read_namespaced_job, name=name, namespace=namespace)
""",
    ),
    Fixed(
        "crlf",
        "a CRLF file stays CRLF, including the added import",
        "import os\r\n\r\n\r\ndef lookup(batch, namespace, name):\r\n"
        "    return any(j.metadata.name == name for j in batch.list_namespaced_job(namespace).items)\r\n",
        "import os\r\nfrom k8s_lint.runtime import exists\r\n\r\n\r\ndef lookup(batch, namespace, name):\r\n"
        "    return exists(batch.read_namespaced_job, name=name, namespace=namespace)\r\n",
    ),
    Fixed(
        "two-lookups-one-import",
        "two fixes in one module share one import line",
        """\
def lookup(batch, namespace, name):
    a = any(j.metadata.name == name for j in batch.list_namespaced_job(namespace).items)
    b = next((j for j in batch.list_namespaced_job(namespace).items if j.metadata.name == name), None)
    return a, b
""",
        IMPORT.format("exists, read_or_none")
        + """\
def lookup(batch, namespace, name):
    a = exists(batch.read_namespaced_job, name=name, namespace=namespace)
    b = read_or_none(batch.read_namespaced_job, name=name, namespace=namespace)
    return a, b
""",
    ),
]
UNFIXED = [
    Unfixed(
        "filter-len-in-variable",
        "len() of the matches kept as a number is flagged but not guessed at",
        """\
def lookup(batch, namespace, name):
    matches = len([j for j in batch.list_namespaced_job(namespace).items if j.metadata.name == name])
    return matches > 0
""",
        "the number of matches is used as a number",
    ),
    Unfixed(
        "resource-version",
        "resource_version may answer from a cache",
        """\
def lookup(batch, namespace, name):
    jobs = batch.list_namespaced_job(namespace, resource_version="0").items
    return any(j.metadata.name == name for j in jobs)
""",
        "resource_version",
    ),
    Unfixed(
        "name-is-a-call",
        "a name computed by a call runs once per item before the fix, once after",
        """\
def lookup(batch, namespace, name):
    return any(j.metadata.name == name.lower() for j in batch.list_namespaced_job(namespace).items)
""",
        "may have side effects",
    ),
    Unfixed(
        "list-used-again",
        "a list also used for something else stays (the list call is needed anyway)",
        """\
def lookup(batch, namespace, name):
    jobs = batch.list_namespaced_job(namespace).items
    print(len(jobs))
    return any(j.metadata.name == name for j in jobs)
""",
        "also used on line",
    ),
    Unfixed(
        "loop-does-more",
        "a loop whose match branch does more than return is flagged, not rewritten",
        """\
def lookup(batch, namespace, name):
    for job in batch.list_namespaced_job(namespace).items:
        if job.metadata.name == name:
            print("found", name)
            return True
    return False
""",
        "the loop does more than find the match",
    ),
    Unfixed(
        "matches-as-list",
        "the filtered list itself is the result",
        """\
def lookup(batch, namespace, name):
    return [j for j in batch.list_namespaced_job(namespace).items if j.metadata.name == name]
""",
        "used as a list",
    ),
    Unfixed(
        "call-between",
        "a call between the list and the search could change the list",
        """\
def lookup(batch, namespace, name):
    jobs = batch.list_namespaced_job(namespace).items
    batch.delete_namespaced_job(name, namespace)
    return any(j.metadata.name == name for j in jobs)
""",
        "could change its result",
    ),
    Unfixed(
        "search-in-condition",
        "moving the list call into a branch would skip it (and its errors) when the branch is not taken",
        """\
def lookup(batch, namespace, name):
    jobs = batch.list_namespaced_job(namespace).items
    return bool(name) and any(j.metadata.name == name for j in jobs)
""",
        "does not always run right after the list call",
    ),
    Unfixed(
        "search-in-a-body",
        "a search inside the next statement's body may not run at all",
        """\
def lookup(batch, namespace, name):
    jobs = batch.list_namespaced_job(namespace).items
    if name:
        return any(j.metadata.name == name for j in jobs)
    return False
""",
        "does not always run right after the list call",
    ),
    Unfixed(
        "search-in-with-body",
        "a with-statement runs code before its body",
        """\
def lookup(batch, namespace, name):
    jobs = batch.list_namespaced_job(namespace).items
    with open("/dev/null"):
        return any(j.metadata.name == name for j in jobs)
""",
        "does not always run right after the list call",
    ),
    Unfixed(
        "module-level-list",
        "a module-level variable is visible to other modules",
        """\
from kubernetes import client

JOBS = client.BatchV1Api().list_namespaced_job("default").items
HAS_ETL = any(j.metadata.name == "etl" for j in JOBS)


def lookup(batch, namespace, name):
    return HAS_ETL
""",
        "module-level variable",
    ),
]

CLEAN = [
    Clean(
        "set-of-jobs",
        "a set of Job objects raises TypeError (models are unhashable): no working lookup to keep",
        """\
def lookup(batch, namespace, name):
    return not {j for j in batch.list_namespaced_job(namespace).items if j.metadata.name == name}
""",
    ),
    Clean(
        "prefix",
        "a prefix match is not a lookup by name",
        """\
def lookup(batch, namespace, name):
    return any(j.metadata.name.startswith(name) for j in batch.list_namespaced_job(namespace).items)
""",
    ),
    Clean(
        "substring",
        "a substring match is not a lookup by name",
        """\
def lookup(batch, namespace, name):
    return [j for j in batch.list_namespaced_job(namespace).items if name in j.metadata.name]
""",
    ),
    Clean(
        "regex",
        "a regex match is not a lookup by name",
        """\
import re


def lookup(batch, namespace, name):
    return [j for j in batch.list_namespaced_job(namespace).items if re.match(name, j.metadata.name)]
""",
    ),
    Clean(
        "label-filter",
        "filtering on labels is a real use of the list",
        """\
def lookup(batch, namespace, name):
    return [j for j in batch.list_namespaced_job(namespace).items if j.metadata.labels.get("app") == name]
""",
    ),
    Clean(
        "status-filter",
        "filtering on status is a real use of the list",
        """\
def lookup(batch, namespace, name):
    return [j for j in batch.list_namespaced_job(namespace).items if j.status.failed]
""",
    ),
    Clean(
        "several-names",
        "matching any of several names needs the list",
        """\
def lookup(batch, namespace, name):
    wanted = {name, name + "-retry"}
    return [j for j in batch.list_namespaced_job(namespace).items if j.metadata.name in wanted]
""",
    ),
    Clean(
        "either-name",
        "an `or` of two names needs the list",
        """\
def lookup(batch, namespace, name):
    return any(
        j.metadata.name == name or j.metadata.name == name + "-retry"
        for j in batch.list_namespaced_job(namespace).items
    )
""",
    ),
    Clean(
        "watch-stream",
        "a watch stream passes the list method without calling it",
        """\
from kubernetes import watch


def lookup(batch, namespace, name):
    for event in watch.Watch().stream(batch.list_namespaced_job, namespace, timeout_seconds=1):
        if event["object"].metadata.name == name:
            return True
    return False
""",
    ),
    Clean(
        "field-selector-name",
        "a field selector on metadata.name already filters on the server",
        """\
def lookup(batch, namespace, name):
    jobs = batch.list_namespaced_job(namespace, field_selector="metadata.name=" + name)
    return any(j.metadata.name == name for j in jobs.items)
""",
    ),
    Clean(
        "field-selector-name-literal",
        "a literal metadata.name selector",
        """\
def lookup(batch, namespace, name):
    jobs = batch.list_namespaced_job(namespace, field_selector="metadata.name=etl").items
    return any(j.metadata.name == "etl" for j in jobs)
""",
    ),
    Clean(
        "count",
        "counting every item is a real use of the list",
        """\
def lookup(batch, namespace, name):
    return len(batch.list_namespaced_job(namespace).items)
""",
    ),
    Clean(
        "delete-every-item",
        "deleting every item but one needs the list",
        """\
def lookup(batch, namespace, name):
    for job in batch.list_namespaced_job(namespace).items:
        if job.metadata.name == name:
            continue
        batch.delete_namespaced_job(job.metadata.name, namespace)
""",
    ),
    Clean(
        "report-every-item",
        "reporting every item needs the list",
        """\
def lookup(batch, namespace, name):
    for job in batch.list_namespaced_job(namespace).items:
        print(job.metadata.name, job.metadata.name == name)
""",
    ),
    Clean(
        "defines-the-method",
        "a class that defines list_namespaced_job is not the Kubernetes client",
        """\
class FakeBatch:
    def list_namespaced_job(self, namespace):
        return []

    def has(self, namespace, name):
        return any(j.metadata.name == name for j in self.list_namespaced_job(namespace).items)


def lookup(batch, namespace, name):
    return False
""",
    ),
    Clean(
        "name-depends-on-item",
        "comparing an item's name with another of its fields is no lookup of one name",
        """\
def lookup(batch, namespace, name):
    return [j for j in batch.list_namespaced_job(namespace).items
            if j.metadata.name == j.metadata.labels["job-name"]]
""",
    ),
    Clean(
        "noqa",
        "`# noqa: KUB001` on the line suppresses the finding",
        """\
def lookup(batch, namespace, name):
    return any(j.metadata.name == name for j in batch.list_namespaced_job(namespace).items)  # noqa: KUB001
""",
    ),
    Clean(
        "noqa-first-line",
        "a bare `# noqa` on the first line of a multi-line statement suppresses it",
        """\
def lookup(batch, namespace, name):
    return any(  # noqa
        j.metadata.name == name
        for j in batch.list_namespaced_job(namespace).items
    )
""",
    ),
]


def unfixed(case_id: str) -> Unfixed:
    return next(c for c in UNFIXED if c.id == case_id)
