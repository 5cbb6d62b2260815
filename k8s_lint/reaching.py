"""Reaching definitions over one scope's control flow (stdlib ``ast`` only).

``Flow(scope)`` answers, for a function or a module's top level, which
bindings of a name may reach each read of it, and which reads each binding
may reach.  It is a may-analysis: every path Python can take is an edge of
the graph (more edges than Python takes are allowed, fewer are a bug), so a
binding that is not in ``reaching(use)`` can never be the one that ``use``
reads.

The graph is built from blocks of events in evaluation order: a read of a
name, or a binding (which kills the name's other bindings).  Anything may
raise, so a block's exceptional successors receive every state the block
passes through: its entry state plus every binding it makes.  Reads inside
an expression need no order among themselves, because no expression binds a
name of the scope except a walrus, and names bound by a walrus are not
followed.  A ``finally`` clause is built twice, once for the normal way out
and once for all the others, so that a raise inside the ``try`` does not
reach the code after it.  Bindings are bits of a Python int; sweeps in
reverse postorder reach the fixed point once, in ``__init__`` (a function
of 2,000 statements takes about 25 ms).
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterable, Sequence
from typing import Final, NamedTuple

from .bindings import CONSUMERS, bound_name


class _Unbound(ast.AST):
    """The binding of a name on a path where the scope has none: not bound
    yet, deleted, an ``except ... as`` name after its handler, or bound only
    outside the scope (a global, a builtin, a closure variable)."""

    def __repr__(self) -> str:
        return "UNBOUND"


UNBOUND: Final[ast.AST] = _Unbound()

Scope = ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef | ast.Module

_COMPREHENSIONS: Final = (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)
_NESTED: Final = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef, *_COMPREHENSIONS)
# Beyond this depth of nested ``finally`` clauses, the normal and abnormal
# ways out share one copy of the clause (less precise, still sound), so the
# number of copies stays bounded.
_MAX_FINALLY_COPIES_DEPTH: Final = 4


class Flow:
    """Reaching definitions of one scope (a function, a class body, or a
    module's top level).

    Binding nodes: ``ast.Name`` in Store context (assignment, augmented
    assignment, for and with targets), ``ast.arg`` (bound at entry),
    ``ast.alias`` (imports), ``ast.ExceptHandler`` (``except E as e``),
    ``ast.FunctionDef``/``AsyncFunctionDef``/``ClassDef`` (their names),
    ``ast.MatchAs``/``MatchStar``/``MatchMapping`` (captures, ``**rest``).
    ``del x`` and the end of an ``except ... as x`` handler make ``x``
    ``UNBOUND``.
    """

    def __init__(self, scope: Scope) -> None:
        built = _Builder(scope, trust_consumers=True)
        if built.consumers_read & built.bound:
            # A local ``any = ...`` is not the builtin: take its genexps as lazy.
            built = _Builder(scope, trust_consumers=False)
        self._built = built
        self._opaque = built.opaque
        self._ins = _solve(built)
        self._reached: dict[ast.AST, int] = {}  # read -> bits of what reaches it
        self._collect()

    def reaching(self, use: ast.Name) -> frozenset[ast.AST] | None:
        """The binding nodes that may reach this read of a name.

        ``UNBOUND`` is in the set where some path reaches the read with the
        name unbound in this scope, so a name the scope never binds (a
        global, a builtin, a closure variable) gives ``frozenset({UNBOUND})``.
        An empty set means the read is unreachable.  The targets of
        ``x += v`` and ``del x`` count as reads of ``x``.  None where the name can't be followed: it
        is declared global or nonlocal here, bound by a walrus, or rebound by
        a nested scope (``nonlocal``/``global``); also for a node that is no
        read of this scope (a Store, a name inside a lambda or nested def, a
        comprehension's own variable, the lazy part of a generator
        expression) and for a scope with ``from m import *``, a module that
        mentions ``globals``, ``locals``, ``vars`` or ``exec`` anywhere, or a
        statement this module does not know.
        """
        if self._opaque or use.id in self._built.unfollowable:
            return None
        bits = self._reached.get(use)
        return None if bits is None else self._nodes(bits)

    def uses(self, binding: ast.AST) -> list[ast.Name] | None:
        """The reads this binding may reach, in source order (``x += v``
        and ``del x`` targets included).

        None when the binding escapes, that is when its name is read or
        rebound in a nested function, lambda, class body or lazily run
        generator expression of the scope (they may run at any time),
        declared global or nonlocal, or bound by a walrus; and for a node
        that is no binding of this scope.
        """
        bit = self._built.bits.get(binding)
        name = bound_name(binding)
        if self._opaque or bit is None or name is None:
            return None
        if name in self._built.escaped or name in self._built.unfollowable:
            return None
        found = [
            read
            for read, bits in self._reached.items()
            if bits >> bit & 1 and isinstance(read, ast.Name)
        ]
        return sorted(found, key=lambda n: (n.lineno, n.col_offset))

    def reaching_at(self, name: str, node: ast.AST) -> frozenset[ast.AST] | None:
        """The bindings of ``name`` that reach the point where evaluation of
        ``node`` (a statement, expression or pattern of this scope) starts;
        same conventions as ``reaching``.  None for a node outside the scope.
        """
        positions = self._built.positions.get(node)
        if self._opaque or name in self._built.unfollowable or positions is None:
            return None
        mask = self._built.masks.get(name)
        if mask is None:
            return frozenset({UNBOUND})
        blocks = self._built.blocks
        bits = 0
        for block, upto in positions:
            state = self._ins[block]
            for event in blocks[block].events[:upto]:
                state = _apply(state, event, self._built.masks)
            bits |= state & mask
        return self._nodes(bits)

    def _collect(self) -> None:
        """Record what reaches each read, from the fixed point's entry states."""
        masks, reached = self._built.masks, self._reached
        for block, state in zip(self._built.blocks, self._ins, strict=True):
            for event in block.events:
                if event.bit >= 0:
                    state = (state & ~masks[event.name]) | (1 << event.bit)
                else:
                    # A node read in two copies of a finally clause: either.
                    bits = state & masks[event.name]
                    reached[event.node] = reached.get(event.node, 0) | bits

    def _nodes(self, bits: int) -> frozenset[ast.AST]:
        nodes = self._built.nodes
        return frozenset(nodes[bit] for bit in _bits(bits))


# An expression to visit, whether it runs later, and the names that the
# comprehensions around it bind.
_Part = tuple[ast.AST, bool, frozenset[str]]


class _Event(NamedTuple):
    """A read of ``name`` at ``node`` (``bit`` -1), or a binding of it."""

    name: str
    node: ast.AST
    bit: int


class _Block:
    """A run of events with one exceptional successor list."""

    __slots__ = ("events", "exc", "succ")

    def __init__(self, exc: list[int]) -> None:
        self.events: list[_Event] = []
        self.succ: list[int] = []
        self.exc = exc


class _Target:
    """A jump target, made the first time something jumps to it: a
    ``finally`` routes only the ways out that its body really takes."""

    __slots__ = ("_make", "block")

    def __init__(self, make: Callable[[], int]) -> None:
        self._make = make
        self.block: int | None = None

    @classmethod
    def fixed(cls, block: int) -> _Target:
        target = cls(lambda: block)
        target.block = block
        return target

    def get(self) -> int:
        if self.block is None:
            self.block = self._make()
        return self.block


class _Context(NamedTuple):
    """Where raise, return, break and continue go from the current point."""

    raise_: _Target
    return_: _Target
    break_: _Target | None
    continue_: _Target | None


class _Builder:
    """Builds the blocks of one scope, records where each node starts and
    which names can't be followed."""

    def __init__(self, scope: Scope, trust_consumers: bool) -> None:
        self.blocks: list[_Block] = []
        self.nodes: list[ast.AST] = []  # bit -> binding node (or UNBOUND)
        self.bits: dict[ast.AST, int] = {}
        self._unbound_bits: dict[str, int] = {}
        self.masks: dict[str, int] = {}
        self.bound: set[str] = set()
        self.positions: dict[ast.AST, list[tuple[int, int]]] = {}
        self.escaped: set[str] = set()
        self.unfollowable: set[str] = set()
        self.consumers_read: set[str] = set()
        self.opaque = False
        self._trust_consumers = trust_consumers
        self._module = isinstance(scope, ast.Module)
        if isinstance(scope, ast.Module) and _rebinds_globals_by_name(scope):
            self.opaque = True
        self._finally_depth = 0
        self.exit = self._block([])
        self.ctx = _Context(_Target.fixed(self.exit), _Target.fixed(self.exit), None, None)
        self.entry = self._block()
        self.cur: int | None = self.entry
        if isinstance(scope, (ast.FunctionDef, ast.AsyncFunctionDef)):
            for arg in _params(scope.args):
                self._bind(arg.arg, arg)
        self._stmts(scope.body)
        self._jump(self.exit)

    # -- blocks and events ------------------------------------------------

    def _block(self, exc: list[int] | None = None) -> int:
        self.blocks.append(_Block([self.ctx.raise_.get()] if exc is None else exc))
        return len(self.blocks) - 1

    def _edge(self, source: int | None, target: int) -> None:
        if source is not None:
            self.blocks[source].succ.append(target)

    def _jump(self, target: int) -> None:
        """Control leaves the current point for ``target`` and goes no further."""
        self._edge(self.cur, target)
        self.cur = None

    def _fresh(self) -> int:
        """A new block after the current point, under the current context."""
        block = self._block()
        self._edge(self.cur, block)
        self.cur = block
        return block

    def _join(self, ends: Iterable[int | None]) -> None:
        """Continue from a new block that the given ends flow into."""
        live = [end for end in ends if end is not None]
        self.cur = None
        if live:
            block = self._block()
            for end in live:
                self._edge(end, block)
            self.cur = block

    def _here(self) -> int:
        if self.cur is None:
            self.cur = self._block()  # unreachable code: a block nothing enters
        return self.cur

    def _mark(self, node: ast.AST) -> None:
        block = self._here()
        self.positions.setdefault(node, []).append((block, len(self.blocks[block].events)))

    def _unbound_bit(self, name: str) -> int:
        bit = self._unbound_bits.get(name)
        if bit is None:
            bit = self._unbound_bits[name] = len(self.nodes)
            self.nodes.append(UNBOUND)
            self.masks[name] = 1 << bit
        return bit

    def _read(self, name: str, node: ast.AST) -> None:
        self._unbound_bit(name)
        self.blocks[self._here()].events.append(_Event(name, node, -1))

    def _bind(self, name: str, node: ast.AST) -> None:
        self._unbound_bit(name)
        self.bound.add(name)
        bit = self.bits.get(node)
        if bit is None:
            bit = self.bits[node] = len(self.nodes)
            self.nodes.append(node)
            self.masks[name] |= 1 << bit
        self.blocks[self._here()].events.append(_Event(name, node, bit))

    def _unbind(self, name: str, node: ast.AST, block: int | None = None) -> None:
        bit = self._unbound_bit(name)
        self.blocks[self._here() if block is None else block].events.append(_Event(name, node, bit))

    # -- statements -------------------------------------------------------

    def _stmts(self, body: list[ast.stmt]) -> None:
        for stmt in body:
            self._mark(stmt)
            handler = getattr(self, "_s_" + type(stmt).__name__, None)
            if handler is None:
                self.opaque = True  # a statement kind newer than this module
            else:
                handler(stmt)

    def _s_Expr(self, stmt: ast.Expr) -> None:
        self._expr(stmt.value)

    def _s_Pass(self, stmt: ast.Pass) -> None:
        pass

    def _s_Assign(self, stmt: ast.Assign) -> None:
        self._expr(stmt.value)  # the value is evaluated before any target is bound
        for target in stmt.targets:
            self._target(target)

    def _s_AnnAssign(self, stmt: ast.AnnAssign) -> None:
        self._expr(stmt.annotation)
        if stmt.value is not None:
            self._expr(stmt.value)
            self._target(stmt.target)
        elif not isinstance(stmt.target, ast.Name):
            self._expr(stmt.target)  # ``a.b: int`` evaluates ``a``

    def _s_AugAssign(self, stmt: ast.AugAssign) -> None:
        target = stmt.target
        if isinstance(target, ast.Name):
            self._mark(target)
            self._read(target.id, target)
            self._expr(stmt.value)
            self._bind(target.id, target)
        else:
            self._expr(target)
            self._expr(stmt.value)

    def _s_Delete(self, stmt: ast.Delete) -> None:
        for target in stmt.targets:
            self._delete(target)

    def _delete(self, target: ast.expr) -> None:
        self._mark(target)
        if isinstance(target, ast.Name):
            # ``del x`` reads x first: unbound, it raises UnboundLocalError.
            self._read(target.id, target)
            self._unbind(target.id, target)
        elif isinstance(target, (ast.Tuple, ast.List)):
            for element in target.elts:
                self._delete(element)
        else:
            self._expr(target)

    def _s_Assert(self, stmt: ast.Assert) -> None:
        self._expr(stmt.test)
        if stmt.msg is not None:
            self._expr(stmt.msg)

    def _s_Import(self, stmt: ast.Import) -> None:
        for alias in stmt.names:
            self._bind(_alias_name(alias), alias)

    def _s_ImportFrom(self, stmt: ast.ImportFrom) -> None:
        for alias in stmt.names:
            if alias.name == "*":
                self.opaque = True  # binds names nobody can list
            else:
                self._bind(_alias_name(alias), alias)

    def _s_Global(self, stmt: ast.Global) -> None:
        self.unfollowable.update(stmt.names)
        self.escaped.update(stmt.names)

    def _s_Nonlocal(self, stmt: ast.Nonlocal) -> None:
        self.unfollowable.update(stmt.names)
        self.escaped.update(stmt.names)

    def _s_Return(self, stmt: ast.Return) -> None:
        if stmt.value is not None:
            self._expr(stmt.value)
        self._jump(self.ctx.return_.get())

    def _s_Raise(self, stmt: ast.Raise) -> None:
        for part in (stmt.exc, stmt.cause):
            if part is not None:
                self._expr(part)
        self._jump(self.ctx.raise_.get())

    def _s_Break(self, stmt: ast.Break) -> None:
        if self.ctx.break_ is not None:
            self._jump(self.ctx.break_.get())

    def _s_Continue(self, stmt: ast.Continue) -> None:
        if self.ctx.continue_ is not None:
            self._jump(self.ctx.continue_.get())

    def _s_FunctionDef(self, stmt: ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef) -> None:
        for part in _outer_parts(stmt):
            self._expr(part)
        self._nested(stmt, frozenset())
        self._bind(stmt.name, stmt)

    _s_AsyncFunctionDef = _s_FunctionDef
    _s_ClassDef = _s_FunctionDef

    def _s_If(self, stmt: ast.If) -> None:
        self._expr(stmt.test)
        test = self.cur
        self._fresh()
        self._stmts(stmt.body)
        body_end, self.cur = self.cur, test
        self._fresh()
        self._stmts(stmt.orelse)
        self._join([body_end, self.cur])

    def _s_While(self, stmt: ast.While) -> None:
        self._fresh()
        head = self._here()
        self.positions[stmt][-1] = (head, 0)  # each test starts at the loop head
        self._expr(stmt.test)
        test = self.cur
        after = self._block()
        self._loop_body(stmt.body, head, after)
        self.cur = test
        if not (isinstance(stmt.test, ast.Constant) and stmt.test.value):
            self._fresh()
            self._stmts(stmt.orelse)
            self._jump(after)
        self.cur = after

    def _s_For(self, stmt: ast.For | ast.AsyncFor) -> None:
        self._expr(stmt.iter)  # evaluated once, before the target is first bound
        head = self._fresh()
        after = self._block()
        self._fresh()
        self._target(stmt.target)
        self._loop_body(stmt.body, head, after)
        self.cur = head  # exhausted: the target keeps its last value
        self._fresh()
        self._stmts(stmt.orelse)
        self._jump(after)
        self.cur = after

    _s_AsyncFor = _s_For

    def _loop_body(self, body: list[ast.stmt], head: int, after: int) -> None:
        saved = self.ctx
        self.ctx = saved._replace(break_=_Target.fixed(after), continue_=_Target.fixed(head))
        self._fresh()
        self._stmts(body)
        self._jump(head)
        self.ctx = saved

    def _s_With(self, stmt: ast.With | ast.AsyncWith) -> None:
        # __exit__ may swallow an exception raised at any point after the
        # first __enter__ returned, so the statement after the with is
        # reachable from all of them; it may also raise on any way out,
        # return and break too.  The first item is evaluated and entered
        # before that (a later item's failure is the first one's to handle),
        # and binding it to a plain name can't fail.
        outer = self.ctx
        first = stmt.items[0]
        self._expr(first.context_expr)
        if isinstance(first.optional_vars, ast.Name):
            self._target(first.optional_vars)
        after = self._block()
        exits = self._block()
        self._edge(exits, after)
        self.ctx = _Context(
            _Target.fixed(exits),
            self._through_exit(outer.return_),
            None if outer.break_ is None else self._through_exit(outer.break_),
            None if outer.continue_ is None else self._through_exit(outer.continue_),
        )
        self._fresh()
        for index, item in enumerate(stmt.items):
            if index:
                self._expr(item.context_expr)
            if item.optional_vars is not None and not (
                index == 0 and isinstance(item.optional_vars, ast.Name)
            ):
                self._target(item.optional_vars)
        self._stmts(stmt.body)
        self._jump(exits)
        self.ctx = outer
        self.cur = after

    _s_AsyncWith = _s_With

    def _through_exit(self, target: _Target) -> _Target:
        """A jump out of a with: it runs __exit__, which may raise."""
        outer = self.ctx

        def make() -> int:
            block = self._block([outer.raise_.get()])
            self._edge(block, target.get())
            return block

        return _Target(make)

    def _s_Try(self, stmt: ast.Try | ast.TryStar) -> None:
        outer = self.ctx
        if not stmt.finalbody:
            self._join(self._try_parts(stmt, outer))
            return
        merged = self._finally_depth >= _MAX_FINALLY_COPIES_DEPTH
        self._finally_depth += 1
        abnormal = self._block()
        enter = self._entry_to(abnormal)
        region = _Context(
            _Target(enter),
            _Target(enter),
            None if outer.break_ is None else _Target(enter),
            None if outer.continue_ is None else _Target(enter),
        )
        ends = self._try_parts(stmt, region)
        self.ctx = outer
        after = self._block()
        if merged:
            for end in ends:
                self._edge(end, abnormal)
        else:
            self._join(ends)
            self._stmts(stmt.finalbody)
            self._jump(after)
        # The copy for the ways out by raise, return, break and continue: it
        # goes on to each of them that the try really takes.
        self.cur = abnormal
        self._stmts(stmt.finalbody)
        end = self.cur
        for inner, target in zip(region, outer, strict=True):
            if inner is not None and target is not None and inner.block is not None:
                self._edge(end, target.get())
        if merged:
            self._edge(end, after)
        self._finally_depth -= 1
        self.cur = after

    _s_TryStar = _s_Try

    def _entry_to(self, abnormal: int) -> Callable[[], int]:
        def make() -> int:
            block = self._block([])
            self._edge(block, abnormal)
            return block

        return make

    def _try_parts(self, stmt: ast.Try | ast.TryStar, region: _Context) -> list[int | None]:
        """Build body, handlers and else under ``region``; return their normal ends."""
        self.ctx = region
        dispatch = self._block() if stmt.handlers else None
        if dispatch is not None:
            self.ctx = region._replace(raise_=_Target.fixed(dispatch))
        self._fresh()
        self._stmts(stmt.body)
        self.ctx = region
        if stmt.orelse:
            self._fresh()  # else's exceptions are not the handlers'
            self._stmts(stmt.orelse)
        ends: list[int | None] = [self.cur]
        test = dispatch
        for index, handler in enumerate(stmt.handlers):
            self.cur = test
            self._mark(handler)
            if handler.type is not None:
                self._expr(handler.type)
            matched = self.cur
            test = self._block() if index < len(stmt.handlers) - 1 else None
            if test is not None:
                self._edge(matched, test)
            elif handler.type is not None:
                self._edge(matched, region.raise_.get())  # no clause matched: raised again
            self.cur = matched
            self._fresh()
            self._handler_body(handler, region)
            if isinstance(stmt, ast.TryStar) and self.cur is not None:
                # Several except* clauses may run for one group, and what
                # none of them handles is raised again after them.
                self._edge(self.cur, region.raise_.get())
                if test is not None:
                    self._edge(self.cur, test)
            ends.append(self.cur)
        return ends

    def _handler_body(self, handler: ast.ExceptHandler, region: _Context) -> None:
        name = handler.name
        if name is None:
            self._stmts(handler.body)
            return
        # ``except E as e`` deletes ``e`` on every way out of the handler.
        self._bind(name, handler)

        def unbinding(target: _Target | None) -> _Target | None:
            if target is None:
                return None

            def make() -> int:
                block = self._block([])
                self._unbind(name, handler, block)
                self._edge(block, target.get())
                return block

            return _Target(make)

        raise_, return_ = unbinding(region.raise_), unbinding(region.return_)
        assert raise_ is not None and return_ is not None
        self.ctx = _Context(raise_, return_, unbinding(region.break_), unbinding(region.continue_))
        self.blocks[self._here()].exc = [raise_.get()]
        self._stmts(handler.body)
        self.ctx = region
        if self.cur is not None:
            self._unbind(name, handler)

    def _s_Match(self, stmt: ast.Match) -> None:
        self._expr(stmt.subject)
        ends: list[int | None] = []
        for case in stmt.cases:
            failed = self._block([])
            self._fresh()
            # A pattern may fail after some captures are bound (the language
            # allows it), so its blocks pass every state on to the next case.
            self.blocks[self._here()].exc = [failed, self.ctx.raise_.get()]
            self._pattern(case.pattern, failed)
            if case.guard is not None:
                self._expr(case.guard)
                self._edge(self.cur, failed)
            self._fresh()
            self._stmts(case.body)
            ends.append(self.cur)
            self.cur = None if case.guard is None and _irrefutable(case.pattern) else failed
        ends.append(self.cur)
        self._join(ends)

    def _pattern(self, pattern: ast.pattern, failed: int) -> None:
        self._mark(pattern)
        if isinstance(pattern, ast.MatchValue):
            self._expr(pattern.value)
        elif isinstance(pattern, ast.MatchSequence):
            for sub in pattern.patterns:
                self._pattern(sub, failed)
        elif isinstance(pattern, ast.MatchMapping):
            for key in pattern.keys:
                self._expr(key)
            for sub in pattern.patterns:
                self._pattern(sub, failed)
            if pattern.rest is not None:
                self._bind(pattern.rest, pattern)
        elif isinstance(pattern, ast.MatchClass):
            self._expr(pattern.cls)
            for sub in (*pattern.patterns, *pattern.kwd_patterns):
                self._pattern(sub, failed)
        elif isinstance(pattern, (ast.MatchStar, ast.MatchAs)):
            if isinstance(pattern, ast.MatchAs) and pattern.pattern is not None:
                self._pattern(pattern.pattern, failed)
            if pattern.name is not None:
                self._bind(pattern.name, pattern)
        elif isinstance(pattern, ast.MatchOr):
            start, ends = self.cur, list[int | None]()
            for alternative in pattern.patterns:
                self.cur = start
                self._fresh()
                self.blocks[self._here()].exc = [failed, self.ctx.raise_.get()]
                self._pattern(alternative, failed)
                ends.append(self.cur)
            self._join(ends)
            self.blocks[self._here()].exc = [failed, self.ctx.raise_.get()]

    # -- targets and expressions --------------------------------------------

    def _target(self, target: ast.expr) -> None:
        """Bind an assignment, for or with target, element by element."""
        self._mark(target)
        if isinstance(target, ast.Name):
            self._bind(target.id, target)
        elif isinstance(target, (ast.Tuple, ast.List)):
            for element in target.elts:
                self._target(element)
        elif isinstance(target, ast.Starred):
            self._target(target.value)
        else:
            self._expr(target)  # ``a.b = ...``, ``a[i] = ...`` read ``a`` and ``i``

    def _expr(self, root: ast.AST, lazy: bool = False, local: frozenset[str] = frozenset()) -> None:
        """Record the reads of ``root``.  ``local``: names of the enclosing
        comprehensions; ``lazy``: the code runs later (a generator
        expression's body), so the names it reads escape and it has no
        position.  An explicit stack, as generated code nests expressions
        deeper than the recursion limit; the reads of one expression need no
        order, as nothing in it binds a name that is followed."""
        stack: list[_Part] = [(root, lazy, local)]
        while stack:
            node, lazy, local = stack.pop()
            if not lazy:
                self._mark(node)
            if isinstance(node, ast.Name):
                if isinstance(node.ctx, ast.Load) and node.id not in local:
                    if lazy:
                        self.escaped.add(node.id)
                    else:
                        self._read(node.id, node)
            elif isinstance(node, ast.NamedExpr):
                self.unfollowable.add(node.target.id)
                self.escaped.add(node.target.id)
                stack.append((node.value, lazy, local))
            elif isinstance(node, ast.Lambda):
                stack.extend((part, lazy, local) for part in _outer_parts(node))
                self._nested(node, local)
            elif isinstance(node, _COMPREHENSIONS):
                stack.extend(_comprehension_parts(node, lazy, local, eager=False))
            elif isinstance(node, ast.Call):
                stack.extend(self._call_parts(node, lazy, local))
            else:
                for child in ast.iter_child_nodes(node):
                    if isinstance(child, (ast.expr, ast.keyword)):
                        stack.append((child, lazy, local))

    def _call_parts(self, node: ast.Call, lazy: bool, local: frozenset[str]) -> list[_Part]:
        parts: list[_Part] = [(node.func, lazy, local)]
        consumer = isinstance(node.func, ast.Name) and node.func.id in CONSUMERS
        if consumer and self._trust_consumers:
            self.consumers_read.add(node.func.id)  # type: ignore[attr-defined]
        for arg in node.args:
            if isinstance(arg, ast.GeneratorExp) and consumer and self._trust_consumers:
                if not lazy:
                    self._mark(arg)
                parts.extend(_comprehension_parts(arg, lazy, local, eager=True))
            else:
                parts.append((arg, lazy, local))
        parts.extend((keyword, lazy, local) for keyword in node.keywords)
        return parts

    def _nested(
        self,
        node: ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef | ast.Lambda,
        local: frozenset[str],
    ) -> None:
        """A nested scope runs later: what it reads escapes, what it rebinds
        can't be followed."""
        names = _scope_names(node)
        self.escaped.update(names.free - local)
        self.unfollowable.update(names.rebound - local)
        if self._module:
            # Functions read and, when declared global, rebind module names.
            self.escaped.update(names.globals)
            self.unfollowable.update(names.globals)


def _comprehension_parts(
    node: ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp,
    lazy: bool,
    local: frozenset[str],
    eager: bool,
) -> list[_Part]:
    """The first iterable is evaluated where the comprehension is; the rest
    runs in the comprehension's own scope, where its targets are local, and
    for a generator expression later, when it is consumed."""
    inner = local | {name for gen in node.generators for name in _stored_names(gen.target)}
    later = lazy or (isinstance(node, ast.GeneratorExp) and not eager)
    parts: list[_Part] = [(node.generators[0].iter, lazy, local)]
    for index, gen in enumerate(node.generators):
        if index:
            parts.append((gen.iter, later, inner))
        parts.append((gen.target, later, inner))
        parts.extend((condition, later, inner) for condition in gen.ifs)
    if isinstance(node, ast.DictComp):
        parts.extend([(node.key, later, inner), (node.value, later, inner)])
    else:
        parts.append((node.elt, later, inner))
    return parts


# Builtins through which code anywhere in a module can rebind its globals
# without naming them: ``globals()[k] = v``, ``vars()``/``locals()`` at the
# top level, ``exec(...)``.
_GLOBALS_BY_NAME: Final = frozenset({"exec", "globals", "locals", "vars"})


def _rebinds_globals_by_name(module: ast.Module) -> bool:
    return any(
        isinstance(node, ast.Name) and node.id in _GLOBALS_BY_NAME for node in ast.walk(module)
    )


def _solve(built: _Builder) -> list[int]:
    """Entry state of each block at the fixed point."""
    blocks, masks = built.blocks, built.masks
    outs: list[tuple[int, int, int]] = []  # keep, gen, all-gen of each block
    for block in blocks:
        keep, gen, every = -1, 0, 0
        for event in block.events:
            if event.bit >= 0:
                kill = masks[event.name]
                keep &= ~kill
                gen = (gen & ~kill) | (1 << event.bit)
                every |= 1 << event.bit
        outs.append((keep, gen, every))
    ins = [0] * len(blocks)
    # Every name starts unbound in the scope.
    ins[built.entry] = sum(1 << bit for bit, node in enumerate(built.nodes) if node is UNBOUND)
    # Sweeps in reverse postorder, each visiting the blocks whose entry state
    # grew: a loop needs about one more sweep per nesting level.
    order = _reverse_postorder(blocks, built.entry)
    dirty = [False] * len(blocks)
    dirty[built.entry] = changed = True
    while changed:
        changed = False
        for index in order:
            if not dirty[index]:
                continue
            dirty[index] = False
            state = ins[index]
            keep, gen, every = outs[index]
            block = blocks[index]
            for successors, out in ((block.succ, (state & keep) | gen), (block.exc, state | every)):
                for successor in successors:
                    merged = ins[successor] | out
                    if merged != ins[successor]:
                        ins[successor] = merged
                        dirty[successor] = changed = True
    return ins


def _reverse_postorder(blocks: list[_Block], entry: int) -> list[int]:
    """The blocks reachable from ``entry``, each before its successors
    except along back edges."""
    seen = {entry}
    order: list[int] = []
    stack = [(entry, iter([*blocks[entry].succ, *blocks[entry].exc]))]
    while stack:
        index, successors = stack[-1]
        for successor in successors:
            if successor not in seen:
                seen.add(successor)
                block = blocks[successor]
                stack.append((successor, iter([*block.succ, *block.exc])))
                break
        else:
            stack.pop()
            order.append(index)
    order.reverse()
    return order


def _apply(state: int, event: _Event, masks: dict[str, int]) -> int:
    if event.bit < 0:
        return state
    return (state & ~masks[event.name]) | (1 << event.bit)


def _bits(value: int) -> Iterable[int]:
    while value:
        low = value & -value
        yield low.bit_length() - 1
        value ^= low


def _params(args: ast.arguments) -> list[ast.arg]:
    found = [*args.posonlyargs, *args.args]
    if args.vararg is not None:
        found.append(args.vararg)
    found.extend(args.kwonlyargs)
    if args.kwarg is not None:
        found.append(args.kwarg)
    return found


def _alias_name(alias: ast.alias) -> str:
    return alias.asname or alias.name.split(".")[0]


def _stored_names(target: ast.AST) -> set[str]:
    return {
        node.id
        for node in ast.walk(target)
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store)
    }


def _irrefutable(pattern: ast.pattern) -> bool:
    if isinstance(pattern, ast.MatchAs):
        return pattern.pattern is None or _irrefutable(pattern.pattern)
    if isinstance(pattern, ast.MatchOr):
        return any(_irrefutable(alternative) for alternative in pattern.patterns)
    return False


def _outer_parts(node: ast.AST) -> list[ast.expr]:
    """The parts of a nested scope's node that the enclosing scope evaluates
    (decorators, defaults, annotations, bases, a comprehension's first
    iterable), in evaluation order."""
    if isinstance(node, _COMPREHENSIONS):
        return [node.generators[0].iter]
    if isinstance(node, ast.ClassDef):
        return [*node.decorator_list, *node.bases, *(k.value for k in node.keywords)]
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
        args = node.args
        parts = [*args.defaults, *(d for d in args.kw_defaults if d is not None)]
        if isinstance(node, ast.Lambda):
            return parts
        annotations = [a.annotation for a in _params(args) if a.annotation is not None]
        returns = [node.returns] if node.returns is not None else []
        return [*node.decorator_list, *parts, *annotations, *returns]
    return []


class _Names(NamedTuple):
    """What a nested scope does with the names of the scopes around it."""

    free: frozenset[str]  # reads (or rebinds) there
    rebound: frozenset[str]  # rebinds there, through ``nonlocal``
    globals: frozenset[str]  # declares global, at any depth


def _scope_names(node: ast.AST) -> _Names:
    if isinstance(node, _COMPREHENSIONS):
        inner = _walk_names(_comprehension_body(node))
        targets = {n for gen in node.generators for n in _stored_names(gen.target)}
        return _Names(frozenset(inner.loads - targets), frozenset(inner.rebound), inner.globals)
    if isinstance(node, ast.ClassDef):
        inner = _walk_names(node.body)
        own = inner.stores - inner.declared_global - inner.nonlocals
        free = (inner.own_loads - own - inner.declared_global) | inner.child_free | inner.nonlocals
        return _Names(frozenset(free), frozenset(inner.nonlocals | inner.rebound), inner.globals)
    assert isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))
    body: list[ast.AST] = [node.body] if isinstance(node, ast.Lambda) else list(node.body)
    inner = _walk_names(body)
    own = (inner.stores | {a.arg for a in _params(node.args)}) - inner.declared_global
    own -= inner.nonlocals
    free = ((inner.own_loads | inner.child_free) - own - inner.declared_global) | inner.nonlocals
    rebound = inner.nonlocals | (inner.rebound - own)
    return _Names(frozenset(free), frozenset(rebound), inner.globals)


def _comprehension_body(
    node: ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp,
) -> list[ast.AST]:
    parts: list[ast.AST] = []
    for index, gen in enumerate(node.generators):
        parts.extend([gen.target, *gen.ifs, *([gen.iter] if index else [])])
    parts.extend([node.key, node.value] if isinstance(node, ast.DictComp) else [node.elt])
    return parts


class _Walked(NamedTuple):
    own_loads: set[str]
    stores: set[str]
    declared_global: set[str]
    nonlocals: set[str]
    child_free: set[str]
    rebound: set[str]
    globals: frozenset[str]

    @property
    def loads(self) -> set[str]:
        return self.own_loads | self.child_free


def _walk_names(roots: Sequence[ast.AST]) -> _Walked:
    """The names one scope's code reads, binds and declares, not entering
    nested scopes but taking what those pass out."""
    loads: set[str] = set()
    stores: set[str] = set()
    declared: set[str] = set()
    nonlocals: set[str] = set()
    child_free: set[str] = set()
    rebound: set[str] = set()
    globals_: set[str] = set()
    stack = list(roots)
    while stack:
        node = stack.pop()
        if isinstance(node, ast.Global):
            declared.update(node.names)
        elif isinstance(node, ast.Nonlocal):
            nonlocals.update(node.names)
        elif isinstance(node, ast.Name):
            (loads if isinstance(node.ctx, ast.Load) else stores).add(node.id)
        elif isinstance(node, _NESTED):
            inner = _scope_names(node)
            child_free |= inner.free
            rebound |= inner.rebound
            globals_ |= inner.globals
            name = bound_name(node)
            if name is not None:
                stores.add(name)
            stack.extend(_outer_parts(node))
            continue
        elif isinstance(node, (ast.alias, ast.ExceptHandler, ast.MatchAs, ast.MatchStar)):
            name = bound_name(node)
            if name is not None:
                stores.add(name)
        elif isinstance(node, ast.MatchMapping) and node.rest is not None:
            stores.add(node.rest)
        stack.extend(ast.iter_child_nodes(node))
    return _Walked(
        loads, stores, declared, nonlocals, child_free, rebound, frozenset(globals_ | declared)
    )
