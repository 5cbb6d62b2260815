"""Reaching definitions (k8s_lint.reaching): which bindings reach each read.

Each case is a short function whose comments state the expectations:
``# A`` labels the bindings on its line, and ``# x <- A B U`` on a line says
which bindings the (first) read of ``x`` there may see: labels, ``U`` for
UNBOUND (a path on which the function has not bound ``x``), nothing for an
unreachable read, ``None`` for a name that can't be followed.  Several
comments on one line are separated by ``;``.  Cases are grouped by the
construct they exercise and each says what it proves.  A property test then
runs random programs, traces which binding each read really saw, and checks
it is always among those reported (soundness).
"""

from __future__ import annotations

import ast
import re
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from k8s_lint.reaching import UNBOUND, Flow

QUERY = re.compile(r"^(\w+) <-(.*)$")
LABEL = re.compile(r"^[A-Z]$")


def function(source: str) -> ast.FunctionDef | ast.AsyncFunctionDef:
    node = ast.parse(textwrap.dedent(source)).body[0]
    assert isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
    return node


def comments(source: str) -> dict[int, list[str]]:
    """The ``;``-separated comment items of each line."""
    found = {}
    for number, line in enumerate(textwrap.dedent(source).splitlines(), 1):
        if "#" in line:
            found[number] = [item.strip() for item in line.split("#", 1)[1].split(";")]
    return found


def reads(scope: ast.AST) -> list[ast.Name]:
    """Every read of a name (an ``x += ...`` target reads ``x`` too)."""
    augmented = {id(n.target) for n in ast.walk(scope) if isinstance(n, ast.AugAssign)}
    found = [
        n
        for n in ast.walk(scope)
        if isinstance(n, ast.Name) and (isinstance(n.ctx, ast.Load) or id(n) in augmented)
    ]
    return sorted(found, key=lambda n: (n.lineno, n.col_offset))


def read_at(scope: ast.AST, line: int, name: str) -> ast.Name:
    return next(r for r in reads(scope) if r.lineno == line and r.id == name)


def lines(nodes: frozenset[ast.AST] | None) -> tuple[int | str, ...] | None:
    """Binding lines in order, then "U" for UNBOUND."""
    if nodes is None:
        return None
    found = sorted(node.lineno for node in nodes if node is not UNBOUND)
    return (*found, "U") if UNBOUND in nodes else tuple(found)


def binds(node: ast.AST) -> str | None:
    if isinstance(node, ast.Name) and not isinstance(node.ctx, ast.Load):
        return node.id
    if isinstance(node, ast.arg):
        return node.arg
    if isinstance(node, ast.alias):
        return node.asname or node.name.split(".")[0]
    if isinstance(node, (ast.FunctionDef, ast.ClassDef, ast.ExceptHandler, ast.MatchAs)):
        return node.name
    return None


def binding_at(scope: ast.AST, line: int, name: str) -> ast.AST:
    """The first node binding ``name`` on ``line``."""
    for node in ast.walk(scope):
        if binds(node) == name and getattr(node, "lineno", None) == line:
            return node
    raise AssertionError(f"no binding of {name} on line {line}")


def check(source: str) -> None:
    """Compare every ``# x <- ...`` comment of the source with Flow.reaching."""
    scope = function(source)
    flow = Flow(scope)
    notes = comments(source)
    labels = {n: item for n, items in notes.items() for item in items if LABEL.match(item)}
    queries = [(n, QUERY.match(item)) for n, items in notes.items() for item in items]
    assert any(match for _, match in queries), "a case without a query proves nothing"
    for line, match in queries:
        if match is None:
            continue
        name, expected = match[1], match[2].split()
        found = flow.reaching(read_at(scope, line, name))
        if found is None:
            assert expected == ["None"], f"line {line}: {name} not followed"
            continue
        seen = ["U" if b is UNBOUND else labels.get(b.lineno, b.lineno) for b in found]
        assert sorted(seen, key=str) == sorted(expected), f"line {line}: {name}"


def case(why: str, source: str) -> Any:
    return pytest.param(source, id=why)


STRAIGHT = [
    case(
        "a read sees the assignment before it",
        """
        def f():
            x = 1  # A
            return x  # x <- A
        """,
    ),
    case(
        "a read before any assignment in the function is unbound",
        """
        def f():
            print(x)  # x <- U
            x = 1
        """,
    ),
    case(
        "a name the function never binds is a global or builtin: UNBOUND",
        """
        def f(items):
            return len(items)  # len <- U
        """,
    ),
    case(
        "tuple, starred and chained targets bind each name",
        """
        def f(pair):
            a, (b, *c) = d = pair  # A
            return a, b, c, d  # a <- A; b <- A; c <- A; d <- A
        """,
    ),
    case(
        "an import binds its first dotted part, or its as-name",
        """
        def f():
            import os.path  # A
            from json import loads as load  # B
            return os.path.join, load  # os <- A; load <- B
        """,
    ),
    case(
        "a nested def or class binds its name after its decorators ran",
        """
        def f(deco):  # P
            @deco  # deco <- P
            def g():  # G
                pass
            class C:  # C
                pass
            return g, C  # g <- G; C <- C
        """,
    ),
    case(
        "code after return is unreachable: nothing reaches it",
        """
        def f():
            x = 1
            return
            print(x)  # x <-
        """,
    ),
]

REBINDING = [
    case(
        "a second assignment replaces the first",
        """
        def f():
            x = 1
            x = 2  # B
            return x  # x <- B
        """,
    ),
    case(
        "an assignment's value reads the earlier binding of its own target",
        """
        def f(api):
            pods = api.list()  # A
            pods = [p for p in pods if p.ok]  # B; pods <- A
            return pods  # pods <- B
        """,
    ),
    case(
        "a parameter is a binding at entry, replaced by an assignment",
        """
        def f(x):  # P
            y = x  # x <- P
            x = 2  # A
            return x, y  # x <- A
        """,
    ),
]

BRANCHES = [
    case(
        "both branches of an if reach the read after it",
        """
        def f(c):
            if c:
                x = 1  # A
            else:
                x = 2  # B
            return x  # x <- A B
        """,
    ),
    case(
        "an if without else lets the earlier binding through",
        """
        def f(c):
            x = 0  # A
            if c:
                x = 1  # B
            return x  # x <- A B
        """,
    ),
    case(
        "an if without else and no earlier binding may leave the name unbound",
        """
        def f(c):
            if c:
                x = 1  # A
            return x  # x <- A U
        """,
    ),
    case(
        "elif chains: every arm reaches, the binding before the if does not",
        """
        def f(c, d):
            x = 0
            if c:
                x = 1  # A
            elif d:
                x = 2  # B
            else:
                x = 3  # C
            return x  # x <- A B C
        """,
    ),
    case(
        "a branch that returns does not reach the read after the if",
        """
        def f(c):
            x = 0  # A
            if c:
                x = 1
                return
            return x  # x <- A
        """,
    ),
]

LOOPS = [
    case(
        "a binding later in a while body reaches an earlier read in the next iteration",
        """
        def f(c):
            x = 0  # A
            while c(x):  # x <- A B
                print(x)  # x <- A B
                x = 1  # B
            return x  # x <- A B
        """,
    ),
    case(
        "a for target may never be bound (empty iterable)",
        """
        def f(items):
            for x in items:  # A
                print(x)  # x <- A
            return x  # x <- A U
        """,
    ),
    case(
        "a for's iterable is evaluated before the target is bound",
        """
        def f(x):  # P
            for x in x.items:  # x <- P
                pass
        """,
    ),
    case(
        "for/else: else runs after the last iteration's binding, or none",
        """
        def f(items):
            x = 0  # A
            for item in items:
                x = 1  # B
            else:
                print(x)  # x <- A B
        """,
    ),
    case(
        "while True ends only by break: the binding before the loop can't reach after it",
        """
        def f(c):
            x = 0
            while True:
                x = 1  # A
                if c():
                    break
            return x  # x <- A
        """,
    ),
    case(
        "break skips the else clause",
        """
        def f(items):
            for item in items:
                x = 1  # A
                break
            else:
                x = 2  # B
            return x  # x <- A B
        """,
    ),
    case(
        "a break before a rebinding lets the earlier binding out of the loop",
        """
        def f(items, c):
            x = 0  # A
            for item in items:
                x = 1  # B
                if c:
                    break
                x = 2  # C
            return x  # x <- A B C
        """,
    ),
    case(
        "continue goes back to the head without the rebinding after it",
        """
        def f(items, c):
            x = 0  # A
            for item in items:
                print(x)  # x <- A B C
                x = 1  # B
                if c:
                    continue
                x = 2  # C
        """,
    ),
    case(
        "a loop that always rebinds before reading never reads the binding before it",
        """
        def f(items):
            x = 0
            for item in items:
                x = item  # A
                print(x)  # x <- A
        """,
    ),
]

TRY = [
    case(
        "a handler sees the state before, between and after the body's bindings",
        """
        def f():
            try:
                x = 1  # A
                x = 2  # B
            except ValueError:
                print(x)  # x <- A B U
        """,
    ),
    case(
        "a raise deep in the body reaches the handler too",
        """
        def f(c):
            x = 0  # A
            try:
                if c:
                    for i in c:
                        x = i  # B
                        x = 1  # C
            except ValueError:
                print(x)  # x <- A B C
        """,
    ),
    case(
        "else runs only after the body completed",
        """
        def f():
            x = 0
            try:
                x = 1  # A
            except ValueError:
                pass
            else:
                print(x)  # x <- A
        """,
    ),
    case(
        "after try/except: the body's end or any handled raise",
        """
        def f():
            x = 0  # A
            try:
                x = 1  # B
                x = 2  # C
            except ValueError:
                pass
            return x  # x <- A B C
        """,
    ),
    case(
        "finally sees every way out, return included",
        """
        def f(c):
            x = 0  # A
            try:
                x = 1  # B
                if c:
                    return
                x = 2  # C
            finally:
                print(x)  # x <- A B C
        """,
    ),
    case(
        "after try/finally only the normal end goes on (raise and return don't)",
        """
        def f(c):
            try:
                x = 1
                if c:
                    return
                x = 2  # B
            finally:
                pass
            return x  # x <- B
        """,
    ),
    case(
        "a binding in finally reaches the read after it",
        """
        def f():
            x = 0
            try:
                pass
            finally:
                x = 1  # A
            return x  # x <- A
        """,
    ),
    case(
        "break through finally: the finally's binding reaches after the loop",
        """
        def f(items):
            y = 0  # A
            for item in items:
                try:
                    break
                finally:
                    y = 1  # B
            return y  # y <- A B
        """,
    ),
    case(
        "except ... as e is bound inside its handler and unbound after it",
        """
        def f(e):  # P
            try:
                pass
            except ValueError as e:  # H
                print(e)  # e <- H
            return e  # e <- P U
        """,
    ),
    case(
        "except ... as e is unbound after a handler that raises, in finally",
        """
        def f():
            try:
                pass
            except ValueError as e:
                raise
            finally:
                print(e)  # e <- U
        """,
    ),
    case(
        "a raise in a handler goes to finally, with the handler's bindings",
        """
        def f():
            x = 0  # A
            try:
                pass
            except ValueError:
                x = 1  # B
                raise
            finally:
                print(x)  # x <- A B
        """,
    ),
    case(
        "an exception no handler matches goes on to the caller, not after the try",
        """
        def f():
            try:
                x = 1
                x = 2  # B
            except ValueError:
                return
            return x  # x <- B
        """,
    ),
    case(
        "except*: one group may run several handlers in a row",
        """
        def f():
            x = 0  # A
            try:
                pass
            except* ValueError:
                x = 1  # B
            except* TypeError:
                print(x)  # x <- A B
        """,
    ),
]

WITH = [
    case(
        "a context manager may swallow an exception between any two bindings",
        """
        def f(cm):
            x = 0  # A
            with cm:
                x = 1  # B
                x = 2  # C
            return x  # x <- A B C
        """,
    ),
    case(
        "the with target is bound before the body, on every way on",
        """
        def f(cm):
            with cm as fh:  # A
                fh.write()  # fh <- A
            return fh  # fh <- A
        """,
    ),
    case(
        "a with's context expression reads the name before its target rebinds it",
        """
        def f(fh):  # P
            with fh as fh:  # fh <- P
                pass
        """,
    ),
    case(
        "a return inside with may still raise in __exit__: a handler sees its state",
        """
        def f(cm):
            x = 0  # A
            try:
                with cm:
                    x = 1  # B
                    return
            except ValueError:
                print(x)  # x <- A B
        """,
    ),
]

MATCH = [
    case(
        "each case may match; a wildcard case leaves no path without binding",
        """
        def f(c):
            match c:
                case 1:
                    x = 1  # A
                case [y]:
                    x = y  # B
                case _:
                    x = 3  # C
            return x  # x <- A B C
        """,
    ),
    case(
        "without an irrefutable case, no case may match",
        """
        def f(c):
            match c:
                case 1:
                    x = 1  # A
            return x  # x <- A U
        """,
    ),
    case(
        "a wildcard with a guard may fail: no case may match",
        """
        def f(c, d):
            match c:
                case _ if d:
                    x = 1  # A
            return x  # x <- A U
        """,
    ),
    case(
        "a capture binds the name read in its body",
        """
        def f(c, y):
            match c:
                case [y]:  # Y
                    return y  # y <- Y
        """,
    ),
    case(
        "either alternative of an or-pattern may bind",
        """
        def f(c):
            match c:
                case [y] | {"k": y}:  # Y
                    return y  # y <- Y Y
        """,
    ),
    case(
        "a failed guard goes on to the next case with the capture bound",
        """
        def f(c, y):  # P
            match c:
                case [y] if y > 1:  # Y; y <- Y
                    pass
                case _:
                    return y  # y <- P Y
        """,
    ),
    case(
        "a failed class or mapping pattern may have bound some captures",
        """
        def f(c, y):  # P
            match c:
                case {"a": y, "b": 1}:  # Y
                    pass
                case _:
                    return y  # y <- P Y
        """,
    ),
]

DELETE = [
    case(
        "del unbinds",
        """
        def f():
            x = 1
            del x
            return x  # x <- U
        """,
    ),
    case(
        "a conditional del leaves both possibilities",
        """
        def f(c):
            x = 1  # A
            if c:
                del x
            return x  # x <- A U
        """,
    ),
]

AUGMENTED = [
    case(
        "x += v reads the earlier binding, then binds x for later reads",
        """
        def f():
            x = []  # A
            x += [1]  # B; x <- A
            return x  # x <- B
        """,
    ),
    case(
        "x += v on an unbound name reads UNBOUND",
        """
        def f():
            x += 1  # x <- U
        """,
    ),
]

COMPREHENSIONS = [
    case(
        "a comprehension reads the binding that reaches it, not a later one",
        """
        def f(items):
            names = ["a"]  # A
            found = [n for n in items if n in names]  # names <- A
            names = ["b"]  # B
            again = [n for n in items if n in names]  # names <- B
        """,
    ),
    case(
        "a comprehension's own variable is not the function's",
        """
        def f(items):
            n = 0
            return [n for n in items]  # n <- None
        """,
    ),
    case(
        "the first iterable is read in the function, even under the target's name",
        """
        def f(x):  # P
            y = [x for x in x]  # x <- None
            return [y for y in x]  # x <- P; y <- None
        """,
    ),
    case(
        "a generator expression's body runs when consumed: not followed",
        """
        def f(items, name):
            return (i for i in items if i == name)  # name <- None
        """,
    ),
    case(
        "a generator expression passed to any() runs at the call",
        """
        def f(items, name):  # P
            return any(i == name for i in items)  # name <- P
        """,
    ),
    case(
        "a generator expression's first iterable is read at once",
        """
        def f(items):  # P
            return (i for i in items)  # items <- P
        """,
    ),
    case(
        "a local any() is not the builtin: its generator expression may run later",
        """
        def f(items, name, any):
            return any(i == name for i in items)  # name <- None
        """,
    ),
    case(
        "a dict comprehension reads in the function too",
        """
        def f(items):  # P
            k = 1  # K
            return {k: v for v in items}  # k <- K; items <- P
        """,
    ),
]

NESTED = [
    case(
        "a read in the function is still followed when a nested def reads the name",
        """
        def f():
            x = 1  # A
            def g():
                return x  # x <- None
            return x  # x <- A
        """,
    ),
    case(
        "a read inside a lambda is not a read of the function",
        """
        def f():
            x = 1
            return lambda: x  # x <- None
        """,
    ),
    case(
        "a nonlocal rebinding in a nested def makes the name unfollowable",
        """
        def f():
            x = 1
            def g():
                nonlocal x
                x = 2
            g()
            return x  # x <- None
        """,
    ),
    case(
        "defaults of a nested def and lambda are read in the function, at the def",
        """
        def f():
            x = 1  # A
            def g(y=x):  # x <- A
                return y
            h = lambda z=x: z  # x <- A
            x = 2
        """,
    ),
]

DECLARED = [
    case(
        "a name declared global is not followed",
        """
        def f():
            global x
            x = 1
            return x  # x <- None
        """,
    ),
    case(
        "a name declared nonlocal is not followed",
        """
        def f():
            nonlocal x
            x = 1
            return x  # x <- None
        """,
    ),
    case(
        "a name bound by a walrus is not followed",
        """
        def f(g):
            x = 0
            if (x := g()):
                return x  # x <- None
        """,
    ),
]

PARAMETERS = [
    case(
        "every kind of parameter is bound at entry",
        """
        def f(a, /, b, *args, c, d=1, **kw):  # P
            return a, b, args, c, d, kw  # a <- P; b <- P; args <- P; c <- P; d <- P; kw <- P
        """,
    ),
]

REUSED = """
async def test_stop(kube, ns, spawner, pod_name):  # P
    pods = (await kube.list_namespaced_pod(ns)).items  # A
    pod_names = [p.metadata.name for p in pods]  # B; pods <- A
    assert pod_name in pod_names  # pod_names <- B; pod_name <- P
    spawner.stop()
    pods = (await kube.list_namespaced_pod(ns)).items  # C
    pod_names = [p.metadata.name for p in pods]  # D; pods <- C
    assert pod_name not in pod_names  # pod_names <- D
"""

CASES = [
    *STRAIGHT,
    *REBINDING,
    *BRANCHES,
    *LOOPS,
    *TRY,
    *WITH,
    *MATCH,
    *DELETE,
    *AUGMENTED,
    *COMPREHENSIONS,
    *NESTED,
    *DECLARED,
    *PARAMETERS,
    case("the async test suite's reused names: each read sees one binding", REUSED),
]


@pytest.mark.parametrize("source", CASES)
def test_reaching(source: str) -> None:
    """Proves: the bindings reported for each annotated read are exactly the
    expected ones."""
    check(source)


def test_uses_of_reused_names() -> None:
    """Proves: each binding of a reused name reaches only the reads before the
    next binding (the async test suite shape)."""
    scope = function(REUSED)
    flow = Flow(scope)
    for line, name, reads in [(3, "pods", [4]), (7, "pods", [8]), (4, "pod_names", [5])]:
        found = flow.uses(binding_at(scope, line, name))
        assert found is not None
        assert [(n.lineno, n.id) for n in found] == [(r, name) for r in reads]


def test_uses_source_order_and_loop_back_edge() -> None:
    """Proves: uses() lists every read a binding reaches, once, in source
    order, including an earlier read reached through the loop's back edge and
    an x += v target."""
    scope = function(
        """
        def f(c):
            x = 0
            while c():
                print(x)
                try:
                    x = 1
                finally:
                    print(x)
            x += 1
        """
    )
    found = Flow(scope).uses(binding_at(scope, 7, "x"))
    assert found is not None
    assert [n.lineno for n in found] == [5, 9, 10]


def labelled(source: str, label: str) -> tuple[Flow, ast.AST]:
    """The flow of the source's function and the first binding on the line
    labelled ``# label``."""
    scope = function(source)
    line = next(n for n, items in comments(source).items() if label in items)
    node = next(
        n for n in ast.walk(scope) if binds(n) is not None and getattr(n, "lineno", 0) == line
    )
    return Flow(scope), node


ESCAPES = [
    case(
        "a nested def reads the name",
        """
        def f():
            x = 1  # A
            def g():
                return x
        """,
    ),
    case(
        "a lambda reads the name",
        """
        def f():
            x = 1  # A
            return lambda: x
        """,
    ),
    case(
        "a class body reads the name",
        """
        def f():
            x = 1  # A
            class C:
                y = x
        """,
    ),
    case(
        "a generator expression's body, run later, reads the name",
        """
        def f(r):
            x = 1  # A
            return (x for _ in r)
        """,
    ),
    case(
        "the name is declared global",
        """
        def f():
            global x
            x = 1  # A
        """,
    ),
    case(
        "a function two levels down rebinds the name through nonlocal",
        """
        def f():
            x = 1  # A
            def g():
                def h():
                    nonlocal x
                    x = 2
        """,
    ),
]


@pytest.mark.parametrize("source", ESCAPES)
def test_uses_escape(source: str) -> None:
    """Proves: a binding whose name a nested scope reads or rebinds (or that
    is declared global) escapes: uses() is None."""
    flow, binding = labelled(source, "A")
    assert flow.uses(binding) is None


NO_ESCAPES = [
    case(
        "a nested def's parameter of the same name",
        """
        def f():
            x = 1  # A
            def g(x):
                return x
        """,
    ),
    case(
        "a lambda's parameter of the same name",
        """
        def f():
            x = 1  # A
            return lambda x: x
        """,
    ),
    case(
        "a nested def's own local of the same name",
        """
        def f():
            x = 1  # A
            def g():
                x = 2
                return x
        """,
    ),
    case(
        "a comprehension's variable of the same name",
        """
        def f(r):
            x = 1  # A
            return [x for x in r]
        """,
    ),
    case(
        "a nested def's global of the same name",
        """
        def f():
            x = 1  # A
            def g():
                global x
                return x
        """,
    ),
]


@pytest.mark.parametrize("source", NO_ESCAPES)
def test_uses_no_escape(source: str) -> None:
    """Proves: a nested scope's own variable of the same name is no escape."""
    flow, binding = labelled(source, "A")
    assert flow.uses(binding) == []


def test_reaching_at_statements() -> None:
    """Proves: reaching_at answers for the point where a statement starts,
    with a while's test at the loop head (the back edge included)."""
    scope = function("def f(c):\n    x = 1\n    while c(x):\n        x = 2\n    x = 3\n")
    flow = Flow(scope)
    loop, last = scope.body[1], scope.body[2]
    assert lines(flow.reaching_at("x", loop)) == (2, 4)
    assert lines(flow.reaching_at("x", last)) == (2, 4)
    assert lines(flow.reaching_at("c", loop)) == (1,)
    assert lines(flow.reaching_at("len", loop)) == ("U",)
    assert flow.reaching_at("x", ast.Name("x")) is None


def test_reaching_at_generator_expression() -> None:
    """Proves: a generator expression starts where it is written, but its
    body runs when consumed: no answer there."""
    scope = function("def f(r, n):\n    g = (i for i in r if i == n)\n    n = 2\n")
    flow = Flow(scope)
    generator = next(n for n in ast.walk(scope) if isinstance(n, ast.GeneratorExp))
    condition = next(n for n in ast.walk(scope) if isinstance(n, ast.Compare))
    assert lines(flow.reaching_at("n", generator)) == (1,)
    assert flow.reaching_at("n", condition) is None


def test_comprehension_first_iterable() -> None:
    """Proves: in ``[x for x in x]`` the iterable reads the function's ``x``
    and the element reads the comprehension's own."""
    scope = function("def f(x):\n    return [x for x in x]\n")
    element, iterable = [r for r in reads(scope) if r.id == "x"]
    flow = Flow(scope)
    assert flow.reaching(element) is None
    assert lines(flow.reaching(iterable)) == (1,)


def test_module_scope() -> None:
    """Proves: a module's top level is a scope: its bindings reach its reads,
    and a function reading or declaring a module name makes it escape."""
    module = ast.parse("x = 1\ny = x\ndef f():\n    global y\n    return x\n")
    flow = Flow(module)
    assert lines(flow.reaching(read_at(module, 2, "x"))) == (1,)
    assert flow.uses(binding_at(module, 1, "x")) is None
    assert flow.reaching_at("y", module.body[2]) is None


@pytest.mark.parametrize(
    "source",
    [
        pytest.param("x = 1\nfrom os import *\nprint(x)\n", id="star import"),
        pytest.param("x = 1\ndef f():\n    globals()['x'] = 2\nprint(x)\n", id="globals()"),
        pytest.param("x = 1\nexec(code)\nprint(x)\n", id="exec"),
    ],
)
def test_module_rebinding_by_name_is_opaque(source: str) -> None:
    """Proves: where a module binds names nobody can list (``import *``,
    ``globals()``, ``exec``), its names are not followed."""
    module = ast.parse(source)
    last = len(source.splitlines())
    assert Flow(module).reaching(read_at(module, last, "x")) is None


def test_large_function() -> None:
    """Proves: a function of 2,000 statements (branches, loops, try) is
    analysed, and a read after the try sees both of its bindings.  (Its
    speed is measured in benchmarks/scaling.py, not timed here.)"""
    source = large_function(400)
    scope = function(source)
    returned = source.count("\n") + 1  # the last line
    assert lines(Flow(scope).reaching(read_at(scope, returned, "z"))) == (
        returned - 3,
        returned - 1,
    )


def large_function(blocks: int) -> str:
    """A function of 5 statements per block, then a try, then a return."""
    lines = ["def f(c, items):"]
    for i in range(blocks):
        lines += [
            f"    x{i % 7} = c(x{(i + 1) % 7})",
            "    if c():",
            f"        y = x{i % 7}",
            "    for item in items:",
            f"        y = item or y; x{i % 5} = y",
        ]
    lines += [
        "    try:",
        "        z = c()",
        "    except ValueError:",
        "        z = y",
        "    return z",
    ]
    return "\n".join(lines)


def test_deep_nesting() -> None:
    """Proves: an expression nested deeper than the recursion limit and
    try/finally nested 20 deep are analysed (the copies of finally clauses
    stay bounded: benchmarks/scaling.py times it) and the answers still hold
    the binding that runs."""
    chain = " + ".join(["x"] * 2000)  # ast.parse itself stops near 3,000
    scope = function(f"def f(x):\n    y = {chain}\n    return y\n")
    assert lines(Flow(scope).reaching(read_at(scope, 3, "y"))) == (2,)
    depth = 20
    body = ["def f(c):", "    x = 0"]
    body += ["    " * (1 + level) + "try:" for level in range(depth)]
    body.append("    " * (1 + depth) + "x = 1")
    for level in reversed(range(depth)):
        body += ["    " * (1 + level) + "finally:", "    " * (2 + level) + "c(x)"]
    body.append("    return x")
    scope = function("\n".join(body))
    flow = Flow(scope)
    found = lines(flow.reaching(read_at(scope, len(body), "x")))
    assert found is not None and 3 + depth in found


def test_repository_sources() -> None:
    """Proves: every function and module of this repository is analysed
    without an error, and every read's answer is consistent with uses()."""
    root = Path(__file__).resolve().parent.parent
    for path in sorted([*root.glob("k8s_lint/*.py"), *root.glob("tests/*.py")]):
        module = ast.parse(path.read_text(), str(path))
        scopes = [module, *(n for n in ast.walk(module) if isinstance(n, _FUNCTIONS))]
        for scope in scopes:
            flow = Flow(scope)
            for read in reads(scope):
                found = flow.reaching(read)
                for binding in found or ():
                    used = flow.uses(binding) if binding is not UNBOUND else None
                    assert used is None or read in used, (path, read.lineno, read.id)


_FUNCTIONS = (ast.FunctionDef, ast.AsyncFunctionDef)


# -- soundness: random programs, traced ---------------------------------------

NAMES = ["a", "b", "c"]


class Program:
    """Renders random statement trees as one function whose every binding
    stores its own line number, and whose reads record what they saw."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def emit(self, depth: int, text: str) -> int:
        self.lines.append("    " * depth + text)
        return len(self.lines)

    def render(self, statements: list[Any], depth: int, in_loop: bool) -> None:
        before = len(self.lines)
        for statement in statements:
            self.statement(statement, depth, in_loop)
        if len(self.lines) == before:
            self.emit(depth, "pass")

    def statement(self, statement: Any, depth: int, in_loop: bool) -> None:
        kind, *rest = statement
        if kind == "assign":
            line = len(self.lines) + 1
            self.emit(depth, f"{rest[0]} = B({line})")
        elif kind == "aug":
            line = len(self.lines) + 1
            self.emit(depth, f"at({line}); {rest[0]} += {line}")
        elif kind == "read":
            self.emit(depth, f"at({len(self.lines) + 1}); r({rest[0]})")
        elif kind == "comprehension":
            self.emit(depth, f"at({len(self.lines) + 1}); r([{rest[0]} for _ in 'x'][0])")
        elif kind == "del":
            self.emit(depth, "if k():")
            self.emit(depth + 1, f"at({len(self.lines) + 1}); del {rest[0]}")
        elif kind == "raise":
            self.emit(depth, "m()")
        elif kind in ("break", "continue"):
            if in_loop:
                self.emit(depth, f"if k():\n{'    ' * (depth + 1)}{kind}")
                self.lines[-1:] = self.lines[-1].split("\n")
        elif kind == "return":
            self.emit(depth, "if k():\n" + "    " * (depth + 1) + "return")
            self.lines[-1:] = self.lines[-1].split("\n")
        elif kind == "if":
            self.emit(depth, "if k():")
            self.render(rest[0], depth + 1, in_loop)
            self.emit(depth, "else:")
            self.render(rest[1], depth + 1, in_loop)
        elif kind == "while":
            self.emit(depth, "while k():")
            self.render(rest[0], depth + 1, True)
        elif kind == "for":
            line = len(self.lines) + 1
            self.emit(depth, f"for {rest[0]} in it({line}):")
            self.render(rest[1], depth + 1, True)
            self.emit(depth, "else:")
            self.render(rest[2], depth + 1, in_loop)
        elif kind == "try":
            self.emit(depth, "try:")
            self.render(rest[0], depth + 1, in_loop)
            self.emit(depth, "except E:")
            self.render(rest[1], depth + 1, in_loop)
            self.emit(depth, "finally:")
            self.render(rest[2], depth + 1, in_loop)
        elif kind == "try_as":
            self.emit(depth, "try:")
            self.render(rest[1], depth + 1, in_loop)
            line = self.emit(depth, f"except E as {rest[0]}:")
            self.emit(depth + 1, f"caught({line})")
            self.render(rest[2], depth + 1, in_loop)
        elif kind == "with":
            self.emit(depth, "with S():")
            self.render(rest[0], depth + 1, in_loop)
        elif kind == "with_as":
            line = len(self.lines) + 1
            self.emit(depth, f"with S({line}) as {rest[0]}:")
            self.render(rest[1], depth + 1, in_loop)
        elif kind == "match":
            line = len(self.lines) + 1
            self.emit(depth, f"match ch({line + 1}):")
            self.emit(depth + 1, f"case [{rest[0]}]:")
            self.render(rest[1], depth + 2, in_loop)
            self.emit(depth + 1, "case _:")
            self.render(rest[2], depth + 2, in_loop)


name = st.sampled_from(NAMES)
simple = st.one_of(
    st.tuples(st.just("assign"), name),
    st.tuples(st.just("aug"), name),
    st.tuples(st.just("read"), name),
    st.tuples(st.just("read"), name),
    st.tuples(st.just("del"), name),
    st.tuples(st.just("comprehension"), name),
    st.tuples(st.sampled_from(["raise", "break", "continue", "return"])),
)


def compound(children: st.SearchStrategy[list[Any]]) -> st.SearchStrategy[Any]:
    return st.one_of(
        st.tuples(st.just("if"), children, children),
        st.tuples(st.just("while"), children),
        st.tuples(st.just("for"), name, children, children),
        st.tuples(st.just("try"), children, children, children),
        st.tuples(st.just("with"), children),
        st.tuples(st.just("try_as"), name, children, children),
        st.tuples(st.just("with_as"), name, children),
        st.tuples(st.just("match"), name, children, children),
    )


statements = st.recursive(
    st.lists(simple, max_size=4),
    lambda children: st.lists(st.one_of(simple, compound(children)), max_size=4),
    max_leaves=25,
)


class B:
    """A value that knows the line of the binding that made it."""

    def __init__(self, line: int) -> None:
        self.line = line

    def __iadd__(self, line: int) -> B:
        seen.append((line, self.line))  # the augmented target reads too
        return B(line)


class E(B, Exception):
    """The exception the programs raise: ``except E as x`` binds it, so it
    learns its handler's line there."""

    def __init__(self) -> None:
        super().__init__(0)


seen: list[tuple[int, int | str]] = []


def run(code: Any, choices: list[bool]) -> int:
    """Run the function, taking ``choices`` at its decision points (then
    False); ``seen`` gets (read line, binding line or "U").  Returns the
    number of decision points met."""
    met = 0
    # The line of the read about to run (``at(line)`` precedes each one): a
    # traceback can't tell, as CPython 3.11 reports the line before for a
    # read fused into the previous line's instruction once specialised.
    line = 0
    failed: list[BaseException] = []

    def note_failed_read(error: BaseException | None) -> None:
        """A read raised NameError: note it before a finally or __exit__
        moves ``line`` on (every helper call checks)."""
        if isinstance(error, NameError) and all(error is not e for e in failed):
            failed.append(error)
            seen.append((line, "U"))

    def k() -> bool:
        nonlocal met
        note_failed_read(sys.exc_info()[1])
        met += 1
        return choices[met - 1] if met <= len(choices) else False

    def m() -> None:
        if k():
            raise E

    def it(line: int) -> Any:
        while k():
            yield B(line)

    class S:
        def __init__(self, line: int = 0) -> None:
            self.line = line

        def __enter__(self) -> B:
            return B(self.line)

        def __exit__(self, kind: object, error: BaseException | None, tb: object) -> bool:
            note_failed_read(error)
            return k()

    def at(number: int) -> None:
        nonlocal line
        note_failed_read(sys.exc_info()[1])
        line = number

    def r(value: B) -> None:
        seen.append((line, value.line))

    def caught(line: int) -> None:
        error = sys.exc_info()[1]
        assert isinstance(error, E)
        error.line = line

    def ch(line: int) -> object:
        return [B(line)] if k() else None

    namespace = {"k": k, "m": m, "it": it, "S": S, "r": r, "B": B, "E": E, "at": at, "ch": ch}
    namespace["caught"] = caught
    exec(code, namespace)
    try:
        namespace["prog"](B(1))
    except E:
        pass
    except NameError as error:  # UnboundLocalError, or a global never bound
        note_failed_read(error)
    return met


def paths(source: str, depth: int = 12, limit: int = 300) -> list[list[tuple[int, int | str]]]:
    """What the reads saw on every path through the first ``depth``
    decisions (at most ``limit`` runs): each run that meets a decision past
    its prefix schedules the run that takes it."""
    code = compile(source, "<prog>", "exec")
    found, pending = [], [list[bool]()]
    while pending and len(found) < limit:
        prefix = pending.pop()
        seen.clear()
        met = run(code, prefix)
        found.append(list(seen))
        for point in range(len(prefix), min(met, depth)):
            pending.append([*prefix, *[False] * (point - len(prefix)), True])
    return found


@settings(
    max_examples=500,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(statements)
# Jumps through finally: the binding before them reaches the loop's head or
# what follows the loop only along them.
@example(
    [("while", [("read", "a"), ("try", [("assign", "a"), ("continue",)], [], []), ("assign", "a")])]
)
@example(
    [("while", [("try", [("assign", "a"), ("break",)], [], []), ("assign", "a")]), ("read", "a")]
)
# ``except E as b`` unbinds b when its handler ends.
@example([("assign", "b"), ("try_as", "b", [("raise",)], []), ("read", "b")])
def test_soundness_against_traced_runs(body: list[Any]) -> None:
    """Proves: whatever path a run takes (each program runs down all its
    paths through its first decisions), the binding a read actually saw (or
    UNBOUND when the read failed) is among those reaching() reports."""
    program = Program()
    program.emit(0, "def prog(a):")
    program.render(body, 1, False)
    source = "\n".join(program.lines) + "\n"
    scope = function(source)
    flow = Flow(scope)
    # One traced name per line; a del line has none (its failure is no read).
    traced_reads = {n.lineno: n for n in reads(scope) if n.id in NAMES}
    # One binding per line too: its line is the value it stores.
    bindings = {n.lineno: n for n in ast.walk(scope) if binds(n) in NAMES}
    for traced in paths(source):
        for line, bound in traced:
            if line not in traced_reads:
                continue
            read = traced_reads[line]
            reported = lines(flow.reaching(read))
            assert reported is not None, source
            assert bound in reported, (source, line, bound, reported)
            if bound != "U":
                used = flow.uses(bindings[bound])
                assert used is None or read in used, (source, line, bound)
