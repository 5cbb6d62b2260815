"""Regressions from an adversarial review against real-world phrasings:
each case is a bug the tool once had (wrong fix, crash or false positive).

Every snippet defines ``lookup(api, namespace, name)``.
"""

from __future__ import annotations

from cases import IMPORT, Clean, Fixed, Unfixed, Unsafe

REVIEW_FIXED = [
    Fixed(
        "comment-after-backslash",
        "a comment moves above the statement, not onto a backslash continuation",
        """\
def lookup(api, namespace, name):
    found = \\
        any(j.metadata.name == name  # match by name
            for j in api.list_namespaced_job(namespace).items)
    return found
""",
        IMPORT.format("exists")
        + """\
def lookup(api, namespace, name):
    # match by name
    found = \\
        exists(api.read_namespaced_job, name=name, namespace=namespace)
    return found
""",
    ),
    Fixed(
        "comment-beside-a-string",
        "a comment never moves into a triple-quoted string that ends on the search's line",
        '''\
def lookup(api, namespace, name):
    return """\\
status: """ + ("present" if any(j.metadata.name == name  # exact
                                for j in api.list_namespaced_job(namespace).items) else "absent")
''',
        IMPORT.format("exists")
        + '''\
def lookup(api, namespace, name):
    # exact
    return """\\
status: """ + ("present" if exists(
    api.read_namespaced_job,
    name=name,
    namespace=namespace,
) else "absent")
''',
    ),
    Fixed(
        "walrus-argument",
        "an assignment expression passed to the list stays parenthesised in the read",
        """\
def lookup(api, namespace, name):
    for job in api.list_namespaced_job(ns := namespace).items:
        if job.metadata.name == name:
            return True
    return False
""",
        IMPORT.format("exists")
        + """\
def lookup(api, namespace, name):
    return exists(
        api.read_namespaced_job,
        name=name,
        namespace=(ns := namespace),
    )
""",
    ),
    Fixed(
        "tuple-index",
        "tuple(...)[0] keeps the tuple's IndexError message",
        """\
def lookup(api, namespace, name):
    return tuple(filter(lambda j: j.metadata.name == name, api.list_namespaced_job(namespace).items))[0]
""",
        IMPORT.format("read_or_raise")
        + """\
def lookup(api, namespace, name):
    return read_or_raise(
        IndexError("tuple index out of range"),
        api.read_namespaced_job,
        name=name,
        namespace=namespace,
    )
""",
    ),
    Fixed(
        "star-import-later",
        "a star import could rebind `exists`: the helper comes through `k8s_runtime`",
        """\
import os


def lookup(api, namespace, name):
    return any(j.metadata.name == name for j in api.list_namespaced_job(namespace).items)


from os.path import *  # noqa: E402, F403
""",
        """\
import os
import k8s_lint.runtime as k8s_runtime


def lookup(api, namespace, name):
    return k8s_runtime.exists(
        api.read_namespaced_job,
        name=name,
        namespace=namespace,
    )


from os.path import *  # noqa: E402, F403
""",
    ),
]

ASYNC_PRIMARY = [
    # `await f(...).x` is `await (f(...).x)`: the awaited read is parenthesised
    # wherever the search was the operand of an attribute, subscript or call.
    Fixed(
        "async-attribute-of-first-match",
        "[...][0].attr after an awaited list: (await read).attr",
        """\
async def lookup(api, namespace, name):
    jobs = await api.list_namespaced_job(namespace)
    return [j for j in jobs.items if j.metadata.name == name][0].metadata.name
""",
        IMPORT.format("aread_or_raise")
        + """\
async def lookup(api, namespace, name):
    return (await aread_or_raise(
        IndexError("list index out of range"),
        api.read_namespaced_job,
        name=name,
        namespace=namespace,
    )).metadata.name
""",
    ),
    Fixed(
        "async-attribute-of-next",
        "next(...).attr: StopIteration inside a coroutine is a RuntimeError both times",
        """\
async def lookup(api, namespace, name):
    jobs = (await api.list_namespaced_job(namespace)).items
    return next(j for j in jobs if j.metadata.name == name).metadata.namespace
""",
        IMPORT.format("aread_or_raise")
        + """\
async def lookup(api, namespace, name):
    return (await aread_or_raise(
        StopIteration(),
        api.read_namespaced_job,
        name=name,
        namespace=namespace,
    )).metadata.namespace
""",
    ),
    Fixed(
        "async-subscript-of-dict-lookup",
        "by_name[name] followed by a subscript of the object",
        """\
async def lookup(api, namespace, name):
    items = (await api.list_namespaced_job(namespace)).items
    by_name = {j.metadata.name: j for j in items}
    return by_name[name].to_dict()["metadata"]["name"]
""",
        IMPORT.format("aread_or_raise")
        + """\
async def lookup(api, namespace, name):
    return (await aread_or_raise(
        KeyError(name),
        api.read_namespaced_job,
        name=name,
        namespace=namespace,
    )).to_dict()["metadata"]["name"]
""",
    ),
]

REVIEW_FIXED += ASYNC_PRIMARY

REVIEW_FIXED.append(
    Fixed(
        "parameter-named-like-the-loop-variable",
        "a nested function's own `job` parameter is not the loop variable",
        """\
def lookup(api, namespace, name):
    def describe(job):
        return job.metadata.name

    for job in api.list_namespaced_job(namespace).items:
        if job.metadata.name == name:
            return True
    return False
""",
        IMPORT.format("exists")
        + """\
def lookup(api, namespace, name):
    def describe(job):
        return job.metadata.name

    return exists(api.read_namespaced_job, name=name, namespace=namespace)
""",
    )
)

REVIEW_UNSAFE = [
    Unsafe(
        "name-may-raise",
        "spec['name'] was never evaluated for an empty list; the read evaluates it",
        """\
def lookup(api, namespace, name):
    spec = {"name": name}
    return any(j.metadata.name == spec["name"] for j in api.list_namespaced_job(namespace).items)
""",
        IMPORT.format("exists")
        + """\
def lookup(api, namespace, name):
    spec = {"name": name}
    return exists(
        api.read_namespaced_job,
        name=spec["name"],
        namespace=namespace,
    )
""",
        "is evaluated even when the list is empty",
    ),
]

REVIEW_UNFIXED = [
    Unfixed(
        "call-evaluated-before-the-search",
        "a call evaluated before the search in the same statement could change the list",
        """\
def lookup(api, namespace, name):
    jobs = api.list_namespaced_job(namespace).items
    return api.create_namespaced_job(namespace, name), any(j.metadata.name == name for j in jobs)
""",
        "does not always run right after the list call",
    ),
    Unfixed(
        "attribute-name-changed-between",
        "a name read from an attribute set between the list and the search",
        """\
class Runner:
    prefix = "etl"

    def started(self, api, namespace):
        pods = api.list_namespaced_pod(namespace, label_selector="app=etl").items
        self.pod_name = self.prefix + "-0"
        return any(p.metadata.name == self.pod_name for p in pods)


def lookup(api, namespace, name):
    return Runner().started(api, namespace)
""",
        "could change the name",
    ),
    Unfixed(
        "match-capture",
        "a name captured by a match case does not exist where the list is made",
        """\
def lookup(api, namespace, name, spec=None):
    jobs = api.list_namespaced_job(namespace, label_selector="app=etl").items
    match spec or {"name": name}:
        case {"name": wanted}:
            return any(j.metadata.name == wanted for j in jobs)
    return False
""",
        "the name is assigned between the list call and the search",
    ),
    Unfixed(
        "inside-an-f-string",
        "quotes and newlines can't go into an f-string on Python 3.11",
        """\
def lookup(api, namespace, name):
    return f"{[j for j in api.list_namespaced_job(namespace).items if j.metadata.name == name][0]}"
""",
        "inside an f-string",
    ),
]

REVIEW_FIXED += [
    Fixed(
        "watch-false-all-namespaces",
        "watch=False (the client README's phrasing) is a plain list: select on the server",
        """\
def lookup(api, namespace, name):
    for job in api.list_job_for_all_namespaces(watch=False).items:
        if job.metadata.name == name:
            return job.metadata.namespace
    return None
""",
        IMPORT.format("name_selector")
        + """\
def lookup(api, namespace, name):
    for job in api.list_job_for_all_namespaces(watch=False,
                                               field_selector=name_selector(name)).items:
        if job.metadata.name == name:
            return job.metadata.namespace
    return None
""",
        "KUB005",
    ),
    Fixed(
        "custom-object-next-with-empty-dict",
        "next(..., {}): a new empty dict has no side effects and cannot raise",
        """\
def lookup(api, namespace, name):
    listed = api.list_namespaced_custom_object("stable.example.com", "v1", namespace, "crontabs")
    return next((o for o in listed["items"] if o["metadata"]["name"] == name), {})
""",
        IMPORT.format("read_or_default")
        + """\
def lookup(api, namespace, name):
    return read_or_default(
        {},
        api.get_namespaced_custom_object,
        name=name,
        group="stable.example.com",
        version="v1",
        namespace=namespace,
        plural="crontabs",
    )
""",
        "KUB003",
    ),
    Fixed(
        "dict-get-with-empty-list",
        "by_name.get(name, []): a literal default is evaluated once either way",
        """\
def lookup(api, namespace, name):
    by_name = {j.metadata.name: j for j in api.list_namespaced_job(namespace).items}
    return by_name.get(name, [])
""",
        IMPORT.format("read_or_default")
        + """\
def lookup(api, namespace, name):
    return read_or_default(
        [],
        api.read_namespaced_job,
        name=name,
        namespace=namespace,
    )
""",
    ),
]

# Flag loops: the flag's first value need not sit right above the loop.
REVIEW_FIXED += [
    Fixed(
        "flag-then-list-binding",
        "found = False; jobs = list...; for: the list binding between the flag and the loop",
        """\
def lookup(api, namespace, name):
    found = False
    jobs = api.list_namespaced_job(namespace).items
    for job in jobs:
        if job.metadata.name == name:
            found = True
            break
    return found
""",
        IMPORT.format("exists")
        + """\
def lookup(api, namespace, name):
    found = exists(api.read_namespaced_job, name=name, namespace=namespace)
    return found
""",
    ),
    Fixed(
        "flag-outside-a-try",
        "the flag set before a try keeps its value where the read raises, as where the list did",
        """\
def lookup(api, namespace, name):
    found = None
    try:
        for job in api.list_namespaced_job(namespace).items:
            if job.metadata.name == name:
                found = job
                break
    except ValueError:
        return "invalid"
    return found
""",
        IMPORT.format("read_or_none")
        + """\
def lookup(api, namespace, name):
    found = None
    try:
        found = read_or_none(
            api.read_namespaced_job,
            name=name,
            namespace=namespace,
        )
    except ValueError:
        return "invalid"
    return found
""",
    ),
]

# Scope: what another function binds, or a namespace the list already fixed.
REVIEW_FIXED += [
    Fixed(
        "filter-parameter-in-another-function",
        "a parameter called `filter` elsewhere does not shadow the builtin in this function",
        """\
def paged(api, namespace, filter=None):
    return filter


def lookup(api, namespace, name):
    return list(filter(lambda j: j.metadata.name == name, api.list_namespaced_job(namespace).items))[0]
""",
        IMPORT.format("read_or_raise")
        + """\
def paged(api, namespace, filter=None):
    return filter


def lookup(api, namespace, name):
    return read_or_raise(
        IndexError("list index out of range"),
        api.read_namespaced_job,
        name=name,
        namespace=namespace,
    )
""",
    ),
    Fixed(
        "namespace-tested-again",
        "every item of a namespaced list is in its namespace: testing it again changes nothing",
        """\
def lookup(api, namespace, name):
    for job in api.list_namespaced_job(namespace).items:
        if job.metadata.name == name and job.metadata.namespace == namespace:
            return job
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
]

REVIEW_FIXED.append(
    Fixed(
        "annotated-flag",
        "found: Optional[V1Job] = None stays (it declares the type); the loop becomes the read",
        """\
from typing import Optional


def lookup(api, namespace, name):
    found: Optional[object] = None
    for job in api.list_namespaced_job(namespace).items:
        if job.metadata.name == name:
            found = job
            break
    return found
""",
        """\
from typing import Optional
from k8s_lint.runtime import read_or_none


def lookup(api, namespace, name):
    found: Optional[object] = None
    found = read_or_none(
        api.read_namespaced_job,
        name=name,
        namespace=namespace,
    )
    return found
""",
    )
)

REVIEW_FIXED.append(
    Fixed(
        "membership-with-a-computed-name",
        "f(name) in {names}: the left side ran once, before the list; it runs once, before the read",
        """\
def lookup(api, namespace, name):
    return name.strip() in {j.metadata.name for j in api.list_namespaced_job(namespace).items}
""",
        IMPORT.format("exists")
        + """\
def lookup(api, namespace, name):
    return exists(
        api.read_namespaced_job,
        name=name.strip(),
        namespace=namespace,
    )
""",
    )
)

REVIEW_FIXED += [
    Fixed(
        "all-names-differ",
        "all(j.metadata.name != name ...) is true when nothing matches: not exists",
        """\
def lookup(api, namespace, name):
    if all(j.metadata.name != name for j in api.list_namespaced_job(namespace).items):
        return "create"
    return "skip"
""",
        IMPORT.format("exists")
        + """\
def lookup(api, namespace, name):
    if not exists(api.read_namespaced_job, name=name, namespace=namespace):
        return "create"
    return "skip"
""",
    ),
    Fixed(
        "all-names-differ-as-an-operand",
        "where `not` would bind wrongly (an operand of +), it is parenthesised",
        """\
def lookup(api, namespace, name):
    return all(j.metadata.name != name for j in api.list_namespaced_job(namespace).items) + 1
""",
        IMPORT.format("exists")
        + """\
def lookup(api, namespace, name):
    return (not exists(
        api.read_namespaced_job,
        name=name,
        namespace=namespace,
    )) + 1
""",
    ),
]

REVIEW_FIXED.append(
    Fixed(
        "flag-read-in-a-finally",
        "inside a try, the flag's first value stays: a finally reads it when the read raised",
        """\
def lookup(api, namespace, name):
    try:
        found = False
        for job in api.list_namespaced_job(namespace).items:
            if job.metadata.name == name:
                found = True
                break
    finally:
        last_answer = found
    return last_answer
""",
        IMPORT.format("exists")
        + """\
def lookup(api, namespace, name):
    try:
        found = False
        found = exists(api.read_namespaced_job, name=name, namespace=namespace)
    finally:
        last_answer = found
    return last_answer
""",
    )
)

REVIEW_FIXED.append(
    Fixed(
        "negative-number-fallback",
        "-1 is a number, not arithmetic that could raise: the default is safe",
        """\
def lookup(api, namespace, name):
    for job in api.list_namespaced_job(namespace).items:
        if job.metadata.name == name:
            return job
    return -1
""",
        IMPORT.format("read_or_default")
        + """\
def lookup(api, namespace, name):
    return read_or_default(
        -1,
        api.read_namespaced_job,
        name=name,
        namespace=namespace,
    )
""",
    )
)

# A guard that skips the other items: `if <name> != N: continue`.
REVIEW_FIXED += [
    Fixed(
        "guard-continue-then-return",
        "if the name differs, continue; then return True: the same lookup, spelt backwards",
        """\
def lookup(api, namespace, name):
    for job in api.list_namespaced_job(namespace).items:
        if job.metadata.name != name:
            continue
        return True
    return False
""",
        IMPORT.format("exists")
        + """\
def lookup(api, namespace, name):
    return exists(api.read_namespaced_job, name=name, namespace=namespace)
""",
    ),
    Fixed(
        "guard-continue-then-flag",
        "the guard with a flag set and break",
        """\
def lookup(api, namespace, name):
    found = None
    for job in api.list_namespaced_job(namespace).items:
        if name != job.metadata.name:
            continue
        found = job
        break
    return found
""",
        IMPORT.format("read_or_none")
        + """\
def lookup(api, namespace, name):
    found = read_or_none(
        api.read_namespaced_job,
        name=name,
        namespace=namespace,
    )
    return found
""",
    ),
]

# Returning loops: other fallbacks, and reasons that name the cause.
REVIEW_FIXED += [
    Fixed(
        "return-false-on-match",
        "return False on a match, True after the loop: not exists",
        """\
def lookup(api, namespace, name):
    for job in api.list_namespaced_job(namespace).items:
        if job.metadata.name == name:
            return False
    return True
""",
        IMPORT.format("exists")
        + """\
def lookup(api, namespace, name):
    return not exists(api.read_namespaced_job, name=name, namespace=namespace)
""",
    ),
    Fixed(
        "return-item-or-a-literal",
        "return the item, or a literal default after the loop",
        """\
def lookup(api, namespace, name):
    for job in api.list_namespaced_job(namespace).items:
        if job.metadata.name == name:
            return job
    return {}
""",
        IMPORT.format("read_or_default")
        + """\
def lookup(api, namespace, name):
    return read_or_default(
        {},
        api.read_namespaced_job,
        name=name,
        namespace=namespace,
    )
""",
    ),
]

REVIEW_UNSAFE += [
    Unsafe(
        "dict-get-default-with-a-name-key",
        "{name: ...} raises TypeError for an unhashable name, now before the read",
        """\
def lookup(api, namespace, name):
    by_name = {j.metadata.name: j for j in api.list_namespaced_job(namespace).items}
    return by_name.get(name, {name: None})
""",
        IMPORT.format("read_or_default")
        + """\
def lookup(api, namespace, name):
    return read_or_default(
        {name: None},
        api.read_namespaced_job,
        name=name,
        namespace=namespace,
    )
""",
        "the default, which can raise, is now evaluated before the API call",
    ),
]

REVIEW_UNFIXED += [
    Unfixed(
        "membership-with-a-computed-name-after-the-list",
        "names listed first, then f(name) in names: the call would move before the API call",
        """\
def lookup(api, namespace, name):
    names = {j.metadata.name for j in api.list_namespaced_job(namespace).items}
    return name.strip() in names
""",
        "may have side effects",
    ),
    Unfixed(
        "returns-a-field",
        "the match returns a field of the item: the reason says so",
        """\
def lookup(api, namespace, name):
    for job in api.list_namespaced_job(namespace).items:
        if job.metadata.name == name:
            return job.metadata.uid
    return None
""",
        "the match returns a value computed from the item",
    ),
    Unfixed(
        "raises-after-the-loop",
        "a loop that raises when nothing matched",
        """\
def lookup(api, namespace, name):
    for job in api.list_namespaced_job(namespace).items:
        if job.metadata.name == name:
            return job
    raise LookupError(name)
""",
        "the loop ends by raising",
    ),
    Unfixed(
        "fallback-is-a-call",
        "a fallback call would run before the read, even when the object exists",
        """\
def lookup(api, namespace, name):
    for job in api.list_namespaced_job(namespace).items:
        if job.metadata.name == name:
            return job
    return dict(name=name)
""",
        "the fallback after the loop may have side effects",
    ),
    Unfixed(
        "client-beside-a-wrapper",
        "the file's facade defines list_namespaced_pod; self.core may be the client or not",
        """\
class Kube:
    def __init__(self, api):
        self.core = api

    def list_namespaced_pod(self, namespace, **kwargs):
        return self.core.list_namespaced_pod(namespace, **kwargs)

    def pod_exists(self, namespace, name):
        return any(p.metadata.name == name for p in self.core.list_namespaced_pod(namespace).items)


def lookup(api, namespace, name):
    return Kube(api).pod_exists(namespace, name)
""",
        "this file defines its own list_namespaced_pod()",
    ),
    Unfixed(
        "global-flag",
        "a global flag keeps its old value where the read raises, and calls may change it",
        """\
FOUND = None


def lookup(api, namespace, name):
    global FOUND
    FOUND = False
    for job in api.list_namespaced_job(namespace).items:
        if job.metadata.name == name:
            FOUND = True
            break
    return FOUND
""",
        "`FOUND` is declared global or nonlocal",
    ),
    Unfixed(
        "flag-read-before-the-loop",
        "the flag is used after its first value, before the loop",
        """\
def lookup(api, namespace, name):
    found = False
    print(found)
    for job in api.list_namespaced_job(namespace).items:
        if job.metadata.name == name:
            found = True
            break
    return found
""",
        "`found` is used between its first value and the loop",
    ),
    Unfixed(
        "flag-across-namespaces",
        "a miss in the second namespace must not reset a hit in the first",
        """\
def lookup(api, namespace, name):
    found = False
    for ns in (namespace, "other"):
        for job in api.list_namespaced_job(ns).items:
            if job.metadata.name == name:
                found = True
                break
    return found
""",
        "the search runs again in a loop around it",
    ),
    Unfixed(
        "global-name-changed-between",
        "a call between the list and the search may reassign a global name",
        """\
TARGET = "etl-0"


def advance():
    global TARGET
    TARGET = "etl-1"


def lookup(api, namespace, name):
    pods = api.list_namespaced_pod(namespace, label_selector="app=etl").items
    advance()
    return any(p.metadata.name == TARGET for p in pods)
""",
        "could change the name",
    ),
    Unfixed(
        "closure-reads-the-loop-variable",
        "a function defined before the loop, called after it, reads the loop variable",
        """\
def lookup(api, namespace, name):
    def report():
        print("last job seen:", job.metadata.name)

    found = None
    for job in api.list_namespaced_job(namespace).items:
        if job.metadata.name == name:
            found = job
            break
    report()
    return found
""",
        "the loop variable is used after the loop",
    ),
    Unfixed(
        "read-earlier-in-an-outer-loop",
        "in a polling loop, a read above the search sees the last round's loop variable",
        """\
def lookup(api, namespace, name):
    job = None
    while True:
        if job is not None:
            return job
        for job in api.list_namespaced_job(namespace).items:
            if job.metadata.name == name:
                return True
        return False
""",
        "the loop variable is used after the loop",
    ),
    Unfixed(
        "module-level-loop",
        "a script's loop variable is a module attribute other code may read",
        """\
found = False
for job in api.list_namespaced_job(NAMESPACE).items:
    if job.metadata.name == NAME:
        found = True
        break
""",
        "the loop variable is a module or class attribute",
    ),
]

REVIEW_CLEAN = [
    Clean(
        "all-names-equal",
        "all(j.metadata.name == name ...): every item has the name, not a lookup",
        """\
def lookup(api, namespace, name):
    return all(j.metadata.name == name for j in api.list_namespaced_job(namespace).items)
""",
    ),
    Clean(
        "namespace-tested-is-another",
        "a namespaced list searched for another namespace finds nothing: not a lookup",
        """\
def lookup(api, namespace, name):
    for job in api.list_namespaced_job(namespace).items:
        if job.metadata.name == name and job.metadata.namespace == "kube-system":
            return job
    return None
""",
    ),
    Clean(
        "while-test",
        "a search in a while test runs again on every iteration over one list",
        """\
def lookup(api, namespace, name):
    jobs = api.list_namespaced_job(namespace).items
    tries = 0
    while any(j.metadata.name == name for j in jobs) and tries < 5:
        tries += 1
    return tries
""",
    ),
    Clean(
        "lambda-search",
        "a search inside a lambda runs once per call of the lambda",
        """\
def lookup(api, namespace, names):
    jobs = api.list_namespaced_job(namespace, label_selector="app=etl").items
    return list(filter(lambda n: any(j.metadata.name == n for j in jobs), names))
""",
    ),
    Clean(
        "numpy-any",
        "`any` bound to something else (numpy's) is not the builtin",
        """\
from numpy import any


def lookup(api, namespace, name):
    return any(j.metadata.name == name for j in api.list_namespaced_job(namespace).items)
""",
    ),
]

# From the second review.
REVIEW_UNFIXED += [
    Unfixed(
        "flag-is-the-name",
        "a flag loop whose flag is also the name compared cannot become one assignment",
        """\
def lookup(api, namespace, name):
    job = name
    for j in api.list_namespaced_job(namespace).items:
        if j.metadata.name == job:
            job = j
            break
    return job
""",
        "the name compared is the flag the loop sets",
    ),
]

REVIEW_FIXED += [
    Fixed(
        "helper-name-in-except",
        "`except ... as exists` binds `exists` locally: the helper comes through `k8s_runtime`",
        """\
def lookup(api, namespace, name):
    try:
        pass
    except AttributeError as exists:
        raise RuntimeError(exists)
    return any(j.metadata.name == name for j in api.list_namespaced_job(namespace).items)
""",
        """\
import k8s_lint.runtime as k8s_runtime


def lookup(api, namespace, name):
    try:
        pass
    except AttributeError as exists:
        raise RuntimeError(exists)
    return k8s_runtime.exists(
        api.read_namespaced_job,
        name=name,
        namespace=namespace,
    )
""",
    ),
    Fixed(
        "helper-name-in-class-body",
        "a search in a class body sees that class's own `exists`",
        """\
def lookup(api, namespace, name):
    class Probe:
        exists = "shadow"
        found = any(j.metadata.name == name for j in api.list_namespaced_job(namespace).items)

    return Probe.found
""",
        """\
import k8s_lint.runtime as k8s_runtime


def lookup(api, namespace, name):
    class Probe:
        exists = "shadow"
        found = k8s_runtime.exists(
            api.read_namespaced_job,
            name=name,
            namespace=namespace,
        )

    return Probe.found
""",
    ),
]

REVIEW_UNSAFE += [
    Unsafe(
        "selector-name-may-raise",
        "a selector built from spec['name'] runs before the list; it could raise first",
        """\
def lookup(api, namespace, name):
    spec = {"name": name}
    return any(j.metadata.name == spec["name"]
               for j in api.list_namespaced_job(namespace, label_selector="app=etl").items)
""",
        IMPORT.format("name_selector")
        + """\
def lookup(api, namespace, name):
    spec = {"name": name}
    return any(j.metadata.name == spec["name"]
               for j in api.list_namespaced_job(namespace, label_selector="app=etl",
                                                field_selector=name_selector(spec["name"])).items)
""",
        "is now evaluated before the list",
    ),
    Unsafe(
        "next-default-may-raise",
        "a default that can raise is evaluated before the read",
        """\
def lookup(api, namespace, name):
    defaults = {"job": None}
    return next((j for j in api.list_namespaced_job(namespace).items if j.metadata.name == name),
                defaults["job"])
""",
        IMPORT.format("read_or_default")
        + """\
def lookup(api, namespace, name):
    defaults = {"job": None}
    return read_or_default(
        defaults["job"],
        api.read_namespaced_job,
        name=name,
        namespace=namespace,
    )
""",
        "the default, which can raise",
    ),
]

REVIEW_UNFIXED += [
    Unfixed(
        "statement-between-may-raise",
        "a statement that can raise between the list and the search would now run first",
        """\
SETTINGS = {"retries": 3}


def lookup(api, namespace, name):
    jobs = api.list_namespaced_job(namespace).items
    retries = SETTINGS["retries"]
    return any(j.metadata.name == name for j in jobs), retries
""",
        "code between the list call and the search could change its result",
    ),
]
