"""Find list calls whose items are searched by name, and decide their fixes.

One pass over the stdlib ``ast`` serves the flake8 plugin, ``k8s-lint check``,
``k8s-lint fix`` and the libcst codemod, so lint and fix cannot disagree.
"""

from __future__ import annotations

import ast
import builtins
import itertools
import re
from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Literal, NamedTuple

from .arguments import BLOCKING, CARRIED, SELECTABLE, UNSAFE_READ
from .bindings import bound_name
from .config import DEFAULT_HELPER_MODULE, DEFAULT_LINE_LENGTH
from .fixes import Fix, FixContext, Outcome
from .flow import (
    Use,
    binding_blocker,
    held_items,
    inert_between,
    items_base,
    items_node,
    items_uses,
    statement_in_block,
)
from .handlers import swallowing_handler
from .kinds import (
    ALL_NAMESPACES,
    CLUSTER,
    CUSTOM_ALL_NAMESPACES,
    CUSTOM_CLUSTER,
    DICT_SCOPES,
    DYNAMIC,
    DYNAMIC_GET,
    DYNAMIC_LIST_KEYWORDS,
    DYNAMIC_MARKERS,
    LIST_METHODS,
    READ_NAMES,
    ListMethod,
    marks,
    may_list,
)
from .name_types import declared_non_str, defines_loose_str
from .narrow_fix import narrow_fix
from .narrowing import Narrowing, narrowed
from .project_index import NO_VIEW, View, replaced_names
from .read_fix import blocker, read_fix
from .rules import (
    KUB005,
    NARROWED,
    NARROWED_FIX_TITLE,
    NOT_READ,
    READ_RULES,
    Applicability,
    Rule,
)
from .searches import (
    RECOGNISERS,
    Search,
    conjuncts,
    defining_scope,
    is_constant,
    is_plain,
    is_pure,
    item_field,
)
from .selector_fix import reads_continue_token, selector_fix
from .source import Source
from .summaries import (
    Expansion,
    Inlining,
    Summary,
    constructor,
    inline,
    instantiate,
    is_docstring,
    same_return,
    summarize,
    through,
)
from .tree import (
    COMPREHENSIONS,
    Binding,
    Parents,
    binding_target,
    flow_of,
    index,
    is_local_binding,
    only_reads,
    references,
    scope_of,
    shared_twin,
    through_copies,
    twins,
)
from .wrappers import lift, lift_response, unwrap
from .wrappers import shadowed as shadowed_wrappers

# How many locals a list's value is followed through, looking for a twin.
_DOWNSTREAM = 4

# The rule of a lookup fixed by a read, by scope: the rules' own scopes.
_READ_RULES = READ_RULES


# Keywords a dynamic client's get() may take and still be a plain list.
@dataclass(frozen=True)
class Finding:
    rule: Rule
    method: ListMethod
    line: int  # 1-based
    column: int  # 0-based, in characters
    end_line: int
    end_column: int
    fix: Fix | None
    # Why there is no fix, as a short clause.
    reason: str | None
    # RBAC resources the fixed code reads by name (needs `get`).
    rbac: tuple[str, ...]
    # The function whose call the fix inlines (a test patching it is stale).
    through: str | None = None

    @property
    def message(self) -> str:
        text = self.rule.message.format(**self.method._asdict())
        if self.reason:
            return f"{text} (not fixed: {self.reason})"
        if self.through:
            # The line shows the function's call, not the list call.
            text = f"{text} (listed by {self.through}())"
        if self.fix is not None and self.fix.narrows:
            text = f"{text} ({NARROWED})"
        if self.fix is not None and self.fix.why_not_read:
            text = f"{text} ({NOT_READ.format(why=self.fix.why_not_read)})"
        if self.unsafe:
            return f"{text} (unsafe fix, with --unsafe-fixes: {self.fix.caveat})"  # type: ignore[union-attr]
        return text

    @property
    def unsafe(self) -> bool:
        return self.fix is not None and self.fix.applicability is Applicability.UNSAFE

    @property
    def fix_title(self) -> str:
        narrows = self.fix is not None and self.fix.narrows
        title = NARROWED_FIX_TITLE if narrows else self.rule.fix_title
        title = title.format(**self.method._asdict())
        if self.fix is not None and self.fix.why_not_read:
            return f"{title} ({NOT_READ.format(why=self.fix.why_not_read)})"
        return title


def might_match(text: str) -> bool:
    """The cheap test every file goes through before any parsing."""
    found = marks(text)
    return found.lists or (found.gets and any(m in text for m in DYNAMIC_MARKERS))


def analyze(
    source: Source,
    tree: ast.Module,
    helper_module: str = DEFAULT_HELPER_MODULE,
    line_length: int = DEFAULT_LINE_LENGTH,
    view: View = NO_VIEW,
) -> list[Finding]:
    """Every finding in a module, suppressed ones included, in source order;
    fixes import their helpers from ``helper_module`` and wrap lines longer
    than ``line_length``.  ``view``: what the other files of the run tell,
    among them the functions of other modules of
    the project this one imports that return a list, by the name bound here."""
    return _Module(source, tree, helper_module, line_length, view).findings()


class _Module:
    def __init__(
        self,
        source: Source,
        tree: ast.Module,
        helper_module: str,
        line_length: int,
        view: View = NO_VIEW,
        inline: bool = True,
    ) -> None:
        self.source = source
        self.helper_module = helper_module
        self.line_length = line_length
        self.view = view
        # Off in the copy where calls are already inlined.
        self.inline = inline
        self.imported = view.imported
        # Functions and methods some code replaces at run time: no summary.
        self.replaced = replaced_names(source.text) | view.replaced
        self.index = index(tree)
        self.parents: Parents = self.index.parents
        self.fix_context = FixContext(source, tree, self.index, helper_module, line_length)
        self.tree = tree
        bindings = self.index.bindings
        # A file that defines a method of the same name may call its own: a
        # def, a class attribute (``list_x = lambda ...``) or an attribute it
        # assigns (``self.list_x = ...``, a monkeypatch).
        self.defined = {
            name
            for name, nodes in bindings.items()
            if any(isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)) for n in nodes)
            or (
                (name in LIST_METHODS or name == "get")
                and any(
                    isinstance(n, ast.Name)
                    and isinstance(defining_scope(n, self.parents), ast.ClassDef)
                    for n in nodes
                )
            )
        } | set(_ASSIGNED_METHOD.findall(source.text))
        self.doubles = _test_doubles(tree, source.text)
        # A name of such a type compares its own way; a read or selector by
        # name compares exactly.
        loose = "__eq__" in source.text or "__hash__" in source.text
        self.loose_strings: str | None = "this file" if loose and defines_loose_str(tree) else None
        if self.loose_strings is None and view.loose:
            self.loose_strings = view.loose[0]
        self.classes = {
            name: next(n for n in nodes if isinstance(n, ast.ClassDef))
            for name, nodes in bindings.items()
            if any(isinstance(n, ast.ClassDef) for n in nodes)
        }
        self.dynamic = any(m in source.text for m in DYNAMIC_MARKERS)
        self.constants = _module_constants(tree)
        # Builtins the searches rely on, bound to something else somewhere here
        # (whether that binding reaches a search is decided per search).
        self.shadowed = {name for name in _BUILTINS if bindings.get(name)}
        # Attributes the module's classes compute (``@property``) with code
        # that may have effects: reading one runs it.
        self.properties = {
            name
            for name, nodes in bindings.items()
            if any(
                isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))
                and any(_computes_attribute(d) for d in n.decorator_list)
                and not _returns_pure(n)
                for n in nodes
            )
        }
        # The calls a finding speaks for besides its own, by its offset.
        self.absorbed: dict[int, list[ast.Call]] = {}
        self.wrappers_shadowed = shadowed_wrappers(bindings, self.parents)

    def findings(self) -> list[Finding]:
        by_call = {}
        for node in self.index.method_calls:
            method = self._list_method(node)
            if method is not None:
                finding = self._finding(node, method)
                if finding is not None:
                    by_call[node] = finding
        found = self._one_per_source(by_call)
        if self.inline:
            inlined, sites, covered = self._inlined()
            # A call here that the inlined copy found one source with a
            # helper's call (a retry that lists again, the first list from a
            # helper) is reported by that finding.
            found = [f for f in found if self._offset(f) not in covered]
            found.extend(inlined)
            found.extend(self._through_helpers(sites))
        return sorted(found, key=lambda f: (f.line, f.column))

    def _offset(self, finding: Finding) -> int:
        return self.source.line_starts[finding.line - 1] + finding.column

    def _one_per_source(self, by_call: dict[ast.Call, Finding]) -> list[Finding]:
        """Calls spelt the same whose values reach the same reads through
        bindings of one name (a retry, a refresh; either may first pass
        through other locals) are one source: one finding, at the first,
        whose fix narrows every one of them."""
        alike: dict[tuple[ast.AST, str], list[ast.Call]] = {}
        for call in sorted(by_call, key=lambda c: (c.lineno, c.col_offset)):
            alike.setdefault((scope_of(call, self.parents), ast.dump(call)), []).append(call)
        found = []
        for calls in alike.values():
            chains = {call: self._bindings_downstream(call) for call in calls}
            absorbed: set[ast.Call] = set()
            for call in calls:
                if call in absorbed:
                    continue
                group = [by_call[call]]
                for other in calls:
                    if (
                        other is not call
                        and other not in absorbed
                        and self._meet(chains[call], chains[other])
                    ):
                        group.append(by_call[other])
                        absorbed.add(other)
                if len({f.rule for f in group}) > 1:
                    # A read here, a field selector there (one call sits in a
                    # handler that retries): each says what its own fix does.
                    found.extend(group)
                else:
                    found.append(_merged(group))
                    self.absorbed[self._offset(group[0])] = [
                        c for c in calls if by_call[c] in group[1:]
                    ]
        return found

    def _bindings_downstream(self, call: ast.Call) -> list[Binding]:
        """The local bindings ``call``'s value passes through: the one
        holding it, then each holding the one read of the last."""
        chain: list[Binding] = []
        binding = _binding_of(call, self.parents)
        while binding is not None and len(chain) < _DOWNSTREAM:
            chain.append(binding)
            flow = flow_of(scope_of(binding, self.parents))
            uses = flow.uses(binding_target(binding))
            if uses is None or len(uses) != 1:
                break
            binding = _binding_of(uses[0], self.parents)
        return chain

    def _meet(self, chain: list[Binding], other: list[Binding]) -> bool:
        """Whether a binding of ``chain`` and its twin in ``other`` reach a
        read together."""
        return any(
            twin in other
            for binding in chain
            if shared_twin(binding, self.parents) is not None
            for twin in twins(binding, self.parents)
        )

    def _inlined(self) -> tuple[list[Finding], set[ast.Call], set[int]]:
        """Searches of a list a function returns, found by inlining its
        calls (see summaries.py): the copy of the module where each call is
        the expression it evaluates to is analysed as any module, and the
        findings at those calls, their fixes mapped back, are this module's.
        Also returns the calls inlined, and where this module's own list
        calls are that those findings speak for too (one source with an
        inlined call)."""
        summaries = self._summaries()
        if not summaries:
            return [], set(), set()
        sites: list[tuple[ast.expr, ast.Call, Summary, bool]] = []
        replacements = []
        end = -1
        for node, summary, fields, made in self._calls_of(summaries):
            parent = self.parents.get(node)
            awaited = isinstance(parent, ast.Await)
            if summary.asynchronous and not awaited:
                continue  # a coroutine, not the list
            span: ast.expr = parent if summary.asynchronous else node  # type: ignore[assignment]
            start = self.source.start(span)
            text = instantiate(summary, node, self.source, fields)
            if text is None or start < end or not self._resolves_here(summary):
                continue
            if summary.local and isinstance(defining_scope(node, self.parents), ast.ClassDef):
                continue  # a comprehension there would not see the class's names
            end = self.source.end(span)
            sites.append((span, node, summary, made is None))
            replacements.append((start, end, text))
        if not sites:
            return [], set(), set()
        inlining = inline(self.source.text, replacements)
        try:
            tree = ast.parse(inlining.text)
        except SyntaxError:
            return [], set(), set()
        copy = Source(inlining.text)
        found = []
        covered: set[int] = set()
        copied = _Module(copy, tree, self.helper_module, self.line_length, self.view, inline=False)
        for finding in copied.findings():
            offset = copied._offset(finding)
            calls = [offset, *(copy.start(c) for c in copied.absorbed.get(offset, ()))]
            at = next((a for o in calls if (a := inlining.span_at(o)) is not None), None)
            if at is None:
                continue
            mapped = self._mapped(finding, inlining, *sites[at])
            if inlining.span_at(offset) is None:
                # At a list call of this module, which speaks for the
                # inlined one too: reported where it is.
                mapped = self._moved(mapped, finding, copy, inlining)
            found.append(mapped)
            covered.update(o for c in calls if (o := inlining.original(c)) is not None)
        return found, {node for _, node, _, _ in sites}, covered

    def _moved(
        self, mapped: Finding, finding: Finding, copy: Source, inlining: Inlining
    ) -> Finding:
        """``mapped`` at the place of ``finding`` (in the inlined copy) here."""
        start = inlining.original(copy.line_starts[finding.line - 1] + finding.column)
        end = inlining.original(copy.line_starts[finding.end_line - 1] + finding.end_column)
        if start is None or end is None:
            return mapped
        line = bisect_right(self.source.line_starts, start)
        end_line = bisect_right(self.source.line_starts, end)
        return replace(
            mapped,
            line=line,
            column=start - self.source.line_starts[line - 1],
            end_line=end_line,
            end_column=end - self.source.line_starts[end_line - 1],
        )

    def _mapped(
        self,
        finding: Finding,
        inlining: Inlining,
        span: ast.expr,
        call: ast.Call,
        summary: Summary,
        on_self: bool,
    ) -> Finding:
        """A finding of the inlined copy at ``call``, its fix on this text."""
        origin = f"the list comes from {summary.name}() ({summary.where})"
        fix, reason = finding.fix, finding.reason
        if self.index.star_import:
            # ``from m import *`` may rebind the function, or a name it reads.
            fix, reason = None, f"{origin}, which a star import of this module may rebind"
        elif summary.blocker is not None:
            fix, reason = None, f"{origin}, {summary.blocker}"
        elif fix is None and reason is not None:
            reason = f"{origin}: {reason}"
        if fix is not None:
            edits = inlining.edits_back(fix.edits)
            if edits is None:
                fix, reason = None, f"{origin}, whose list call the fix would change"
            else:
                fix = replace(fix, edits=tuple(edits))
                if summary.method and on_self:
                    # A subclass may override the method: the search no
                    # longer calls it.
                    caveat = (
                        f"the search no longer calls {summary.name}(), "
                        "which a subclass may override"
                    )
                    fix = replace(
                        fix,
                        applicability=Applicability.UNSAFE,
                        caveat="; ".join(c for c in (fix.caveat, caveat) if c),
                    )
        return replace(
            finding,
            line=call.lineno,
            column=self.source.column(call),
            end_line=call.end_lineno or call.lineno,
            end_column=self.source.column(call) + len(self.source.segment(call)),
            fix=fix,
            reason=reason,
            through=summary.name if fix is not None else None,
        )

    def _summaries(self) -> dict[str, Summary]:
        """The functions whose calls can be inlined, by the name called:
        the imported ones of the project, and this module's (methods called
        on ``self`` in their class or on an object made there), to a fixed
        point: a function returning what a summarised one returns is
        summarised in turn."""
        found: dict[str, Summary] = {}
        pending = {}
        for name, nodes in self.index.bindings.items():
            if len(nodes) != 1:
                continue  # bound more than once: which one is called is not known
            node = nodes[0]
            if isinstance(node, ast.alias) and self.imported:
                found.update(
                    (key, summary)
                    for key, summary in self.imported.items()
                    if (key == name or key.startswith(f"{name}."))
                    and summary.name not in self.replaced
                )
            elif (
                isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
                and isinstance(self.parents.get(node), (ast.Module, ast.ClassDef))
                and name not in self.replaced
            ):
                pending[name] = node

        def expand(node: ast.expr) -> Expansion | None:
            inlinable = self._inlinable(node, found)
            if not inlinable:
                return None
            summary = inlinable.summary
            text = instantiate(summary, inlinable.call, self.source, inlinable.fields)
            return None if text is None else Expansion(text, through(summary))

        texts = {name: self.source.segment(node) for name, node in pending.items()}
        while pending:
            done = []
            for name, node in pending.items():
                # The cheap test: it lists, or calls a function summarised.
                if not may_list(texts[name]) and not any(f in texts[name] for f in found):
                    continue
                summary = summarize(
                    node,
                    self.source,
                    lambda c: self._list_method(c) is not None,
                    method=isinstance(self.parents.get(node), ast.ClassDef),
                    expand=expand,
                )
                if summary is not None:
                    found[name] = summary
                    done.append(name)
            if not done:
                break
            for name in done:
                del pending[name]
        return found

    def _calls_of(self, summaries: Mapping[str, Summary]) -> list[_Inlinable]:
        """Calls of the summarised functions, in source order."""
        calls = [
            inlinable
            for node in self.index.calls
            if (inlinable := self._inlinable(node, summaries))
        ]
        return sorted(calls, key=lambda c: self.source.start(c.call))

    def _inlinable(self, node: ast.expr, summaries: Mapping[str, Summary]) -> _Inlinable | None:
        """``node`` as a call of a summarised function that can be inlined:
        a function by its name, a method on ``self`` or ``cls`` in its own
        class, or on an object of its class made right there
        (``Lister(api).fetch(ns)``); an async one only awaited."""
        awaited = isinstance(node, ast.Await)
        call = node.value if isinstance(node, ast.Await) else node
        if not isinstance(call, ast.Call):
            return None
        called = _called_name(call)
        made: ast.Call | None = None
        if (
            called is not None
            and called[0] not in summaries
            and isinstance(call.func, ast.Attribute)
            and call.func.attr in summaries
        ):
            # ``store = JobStore(batch, ns)`` then ``store.jobs()``: the
            # object made right there, kept in a local for this call.
            made = self._made_for(call)
            if made is not None:
                called = (call.func.attr, False, made.func.id)  # type: ignore[attr-defined]
        summary = summaries.get(called[0]) if called else None
        if summary is None or called is None:
            return None
        if summary.asynchronous and not (awaited or self._awaited(call)):
            return None  # a coroutine, not the list
        if awaited and not summary.asynchronous:
            return None  # the call is what is inlined, the await stays
        if not summary.method:
            plain = not called[1] and not called[2]
            return _Inlinable(call, summary, None, None) if plain else None
        function = self.index.bindings[summary.name][0]
        if called[1] and self._in_class_of(call, function):
            return _Inlinable(call, summary, None, None)
        if (
            called[2]
            and self.classes.get(called[2]) is self.parents.get(function)
            and len(self.index.bindings[called[2]]) == 1
        ):
            # An object of exactly that class: no subclass overrides it.
            made = made or call.func.value  # type: ignore[attr-defined]
            made_by = constructor(self.classes[called[2]], self.source)
            fields = made_by.fields(made, self.source) if made_by else None
            if fields is not None:
                return _Inlinable(call, summary, fields, made)
        return None

    def _made_for(self, call: ast.Call) -> ast.Call | None:
        """``C(...)`` where ``call`` is ``local.m(...)``, the local bound to
        that object of a class of this module just before, for this call
        alone, with only code between that cannot change what the
        constructor's arguments read."""
        receiver = call.func.value if isinstance(call.func, ast.Attribute) else None
        if not isinstance(receiver, ast.Name):
            return None
        flow = flow_of(scope_of(receiver, self.parents))
        reaching = flow.reaching(receiver)
        if reaching is None or len(reaching) != 1:
            return None
        (bound,) = reaching
        holder = self.parents.get(bound)
        value = getattr(holder, "value", None)
        if not (
            is_local_binding(holder, value)
            and isinstance(value, ast.Call)
            and isinstance(value.func, ast.Name)
            and value.func.id in self.classes
            and flow.uses(bound) == [receiver]
        ):
            return None
        statement, _ = statement_in_block(holder, call, self.parents)
        if statement is None or not inert_between(holder, statement, self.parents):
            return None
        return value

    def _awaited(self, call: ast.Call) -> bool:
        return isinstance(self.parents.get(call), ast.Await)

    def _resolves_here(self, summary: Summary) -> bool:
        """Whether the names the summary reads besides its parameters mean
        here what they mean where it is defined: builtins nothing binds
        here, or names of this module no function or class binds again."""
        for name in summary.free:
            nodes = self.index.bindings.get(name, [])
            if summary.origin is not None or not nodes:
                if nodes or name not in _BUILTIN_NAMES:
                    return False
            elif any(not isinstance(defining_scope(n, self.parents), ast.Module) for n in nodes):
                return False
        return True

    def _through_helpers(self, inlined: set[ast.Call]) -> list[Finding]:
        """Searches of a list that a function of this module returns
        (``def all_jobs(): return api.list_namespaced_job(ns).items``) where
        the call can't be inlined (see _inlined), reported at the call with
        the reason."""
        helpers = self._list_helpers()
        if not helpers:
            return []
        found = []
        for node in ast.walk(self.tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else None
            # ``Store(api).jobs()``: a method of an object of exactly that class.
            made = (
                self.classes.get(func.value.func.id)
                if isinstance(func, ast.Attribute)
                and isinstance(func.value, ast.Call)
                and isinstance(func.value.func, ast.Name)
                else None
            )
            if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
                name = func.attr if func.value.id in ("self", "cls") else None
            elif isinstance(func, ast.Attribute) and made is not None:
                name = func.attr
            if name not in helpers or node in inlined:
                continue
            function, call, method, items, index = helpers[name]
            if made is not None and self.parents.get(function) is not made:
                continue
            if (
                made is None
                and isinstance(func, ast.Attribute)
                and not self._in_class_of(node, function)
            ):
                continue  # self.m() of another class: some other m
            dict_items = method.scope in DICT_SCOPES
            awaited = isinstance(self.parents.get(node), ast.Await)
            if awaited != isinstance(function, ast.AsyncFunctionDef):
                continue  # a coroutine not awaited, or a value awaited: not the list
            site: ast.expr = self.parents[node] if awaited else node  # type: ignore[assignment]
            uses: list[Use]
            if index is not None:
                # ``jobs, error = fetch_jobs(...)``: the items are the name
                # at their place, followed where only that binding reaches.
                target = _unpacked(site, index, self.parents)
                reads = target and only_reads(target, self.parents)
                if not reads:
                    continue
                uses = [lift(r, self.parents, self.wrappers_shadowed) for r in reads]
            elif items:
                value = lift(site, self.parents, self.wrappers_shadowed)
                holder = self.parents.get(value)
                uses = [value]
                if is_local_binding(holder, value):
                    uses = [
                        lift(r, self.parents, self.wrappers_shadowed)
                        if isinstance(r, ast.Name)
                        else r
                        for r in references(holder, self.parents)
                    ]
            else:
                uses, _ = items_uses(site, self.parents, dict_items, self.wrappers_shadowed)
            search = self._idiomatic(node, method, uses, dict_items)
            narrowing = narrowed(uses, self.parents, dict_items)
            if search is False or (search is None and narrowing is None):
                continue
            if narrowing is not None and any(
                _repeated(u, node, self.parents) for u in narrowing.uses
            ):
                continue
            rule = _READ_RULES.get(method.scope, KUB005)
            # Where the call could be inlined, _inlined() reported it.
            reason = f"the list comes from {name}() (line {function.lineno})"
            if function.decorator_list:
                reason = f"{reason}, whose decorator may change what it returns or raises"
            elif index is not None:
                reason = f"{reason}, which returns the items in a tuple with other values"
            elif len(_without_docstring(function.body)) > 1:
                reason = f"{reason}, which does more than return the list"
            elif self.index.star_import:
                reason = f"{reason}, which a star import of this module may rebind"
            elif made is not None and constructor(made, self.source) is None:
                reason = f"{reason}, whose object's constructor does more than store its arguments"
            elif any(isinstance(n, ast.NamedExpr) for n in ast.walk(function)):
                reason = f"{reason}, which binds a name of its own with :="
            else:
                reason = f"{reason}, whose list the fix can't take the place of here"
            found.append(
                Finding(
                    rule=rule,
                    method=method,
                    line=node.lineno,
                    column=self.source.column(node),
                    end_line=node.end_lineno or node.lineno,
                    end_column=self.source.column(node) + len(self.source.segment(node)),
                    fix=None,
                    reason=reason,
                    rbac=self._rbac(call, method) if rule.needs_get else (),
                )
            )
        return found

    def _class_names(self, call: ast.AST) -> set[str]:
        """The names the class body holding ``call`` binds (none elsewhere)."""
        scope = defining_scope(call, self.parents)
        if not isinstance(scope, ast.ClassDef):
            return set()
        return {
            name
            for statement in scope.body
            for node in ast.walk(statement)
            if (name := bound_name(node)) is not None
            and defining_scope(node, self.parents) is scope
        }

    def _in_class_of(self, site: ast.AST, function: ast.AST) -> bool:
        """Whether ``site`` is in a method of the class that defines ``function``."""
        owner = self.parents.get(function)
        node = self.parents.get(site)
        while node is not None and node is not owner:
            node = self.parents.get(node)
        return isinstance(owner, ast.ClassDef) and node is owner

    def _list_helpers(self) -> dict[str, _Helper]:
        """Functions that end by returning a list call's response or items,
        or a tuple holding the items (``return response.items, None``, every
        other ``return`` holding nothing there: ``return [], error``), or
        whose every ``return`` returns the same list call's (a retry loop
        that returns from inside its ``try``)."""
        found = {}
        for name, nodes in self.index.bindings.items():
            functions = [n for n in nodes if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]
            if len(functions) != 1 or len(nodes) != 1 or name in self.replaced:
                # Bound more than once, or replaced at run time: which one is
                # called is not known.
                continue
            function = functions[0]
            if not may_list(self.source.segment(function)):
                continue  # the cheap test: most functions list nothing
            last = function.body[-1]
            returned = last.value if isinstance(last, ast.Return) else same_return(function)
            index = None
            if isinstance(returned, ast.Tuple):
                index = next(
                    (i for i, e in enumerate(returned.elts) if self._items_in(e, function)), None
                )
                if index is None or not _others_return_nothing_at(function, returned, index):
                    continue
                returned = returned.elts[index]
            if isinstance(returned, ast.Await):
                returned = returned.value
            if returned is not None:
                returned = unwrap(returned)  # type: ignore[assignment]
            items = returned is not None and items_base(returned) is not None
            call = items_base(returned) if items else returned  # type: ignore[arg-type]
            if isinstance(call, ast.Name):
                # ``return response.items`` after ``response = api.list_...()``
                # (in a try that logs and re-raises, say).
                call = self._bound_to(call, function)
                call = unwrap(call) if call is not None else None  # type: ignore[assignment]
            if isinstance(call, ast.Await):
                call = call.value
            method = self._list_method(call) if isinstance(call, ast.Call) else None
            if method is not None and not _filters_by_name(call):  # type: ignore[arg-type]
                found[name] = _Helper(function, call, method, items, index)  # type: ignore[arg-type]
        return found

    def _items_in(self, element: ast.expr, function: ast.AST) -> bool:
        """Whether a returned tuple's ``element`` is a list call's items, read
        inline or from the one local the function binds the response to."""
        base = items_base(unwrap(element))
        if isinstance(base, ast.Name):
            base = self._bound_to(base, function)
        if isinstance(base, ast.Await):
            base = base.value
        return isinstance(base, ast.Call) and self._list_method(base) is not None

    def _bound_to(self, name: ast.Name, function: ast.AST) -> ast.expr | None:
        """The value of the one assignment of ``name`` in ``function``."""
        values = [
            n.value
            for n in ast.walk(function)
            if isinstance(n, ast.Assign)
            and len(n.targets) == 1
            and isinstance(n.targets[0], ast.Name)
            and n.targets[0].id == name.id
        ]
        bound = self.index.bindings.get(name.id, [])
        local = [b for b in bound if defining_scope(b, self.parents) is function]
        return values[0] if len(values) == 1 and len(local) == 1 else None

    def _list_method(self, node: ast.AST) -> ListMethod | None:
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            return None
        attr = node.func.attr
        if attr in self.defined and (attr == "get" or self._may_be_own(node.func.value)):
            return None  # the file's own method (a wrapper, a cache, a fake)
        if self.doubles and ast.dump(node.func.value) in self.doubles:
            return None  # a mock the file sets up: the search checks its fixture
        if attr in LIST_METHODS:
            return LIST_METHODS[attr]
        if (
            attr == "get"
            and self.dynamic
            and len(node.args) <= 1
            and all(k.arg in DYNAMIC_LIST_KEYWORDS for k in node.keywords)
        ):
            return DYNAMIC_GET
        return None

    def _may_be_own(self, receiver: ast.expr) -> bool:
        """Whether a receiver may be an object of a class this file defines:
        ``self``, ``cls``, ``Wrapper()`` or a name assigned one."""
        if isinstance(receiver, ast.Name) and receiver.id in ("self", "cls"):
            return True
        if isinstance(receiver, ast.Name):
            values = [
                self.parents[n].value  # type: ignore[attr-defined]
                for n in self.index.bindings.get(receiver.id, ())
                if isinstance(self.parents.get(n), ast.Assign)
            ]
            return any(self._may_be_own(v) for v in values if not isinstance(v, ast.Name))
        return (
            isinstance(receiver, ast.Call)
            and isinstance(receiver.func, ast.Name)
            and receiver.func.id in self.classes
        )

    def _finding(self, call: ast.Call, method: ListMethod) -> Finding | None:
        if _filters_by_name(call) or _is_fallback(call, method, self.parents):
            return None
        dict_items = method.scope in DICT_SCOPES
        awaited = isinstance(self.parents.get(call), ast.Await)
        value: ast.expr = self.parents[call] if awaited else call  # type: ignore[assignment]
        value = lift_response(value, self.parents, self.wrappers_shadowed)
        gathered = _gathered(call, self.parents, self.wrappers_shadowed)
        if gathered is not None:
            # ``pods, svcs = await asyncio.gather(api.list_...(), ...)``: the
            # response is the name unpacked at its place.
            bindings: list[Binding] = []
            uses = self._gathered_uses(gathered, dict_items)
        else:
            uses, bindings = items_uses(value, self.parents, dict_items, self.wrappers_shadowed)
        search = self._idiomatic(call, method, uses, dict_items)
        if search is False or (gathered is not None and search is None):
            return None
        paging = [u for u in uses if reads_continue_token(u, self.parents)]
        items = [u for u in uses if u not in paging]
        narrowing = narrowed(items, self.parents, dict_items)
        if narrowing is not None and _tests_another_namespace(
            narrowing, call, method, self.parents, dict_items
        ):
            return None  # as _idiomatic says: a namespaced list searched for another
        if narrowing is not None and any(_repeated(u, call, self.parents) for u in narrowing.uses):
            return None  # one list, many lookups
        if search is None and narrowing is None:
            return None
        rule: Rule | None = None
        fix: Fix | None = None
        reason: str | None = None
        handler = swallowing_handler(call, self.parents)
        if search is not None:
            plan = _plan(call, method, search)
            why_not_read = _why_not_read(plan, handler)
            if gathered is not None:
                # The read's 0 or 1 items would not be a response there.
                why_not_read = why_not_read or _GATHERED
                plan = why_not_read
            if why_not_read is not None:
                rule = KUB005
                others = [u for u in uses if u is not search.use]
                fix, reason = selector_fix(self.fix_context, call, search, others)
                fix = _instead_of_read(fix, why_not_read)
            if isinstance(plan, _ReadPlan) and (why_not_read is None or fix is None):
                rule = _READ_RULES[method.scope]
                fix, reason = self._read(call, method, search, uses, bindings, awaited, plan)
                if handler is not None:
                    fix = _unsafe(fix, _caught(handler))
            twin = next((t for b in bindings if (t := shared_twin(b, self.parents))), None)
            if fix is None and narrowing is None and twin is not None and why_not_read is None:
                # No read takes the place of one of several bindings of the
                # list; each narrowed where it runs keeps what the search sees.
                others = [u for u in uses if u is not search.use]
                selected, _ = selector_fix(self.fix_context, call, search, others)
                if selected is not None:
                    also = f"the list is also bound on line {twin.lineno}"
                    rule, fix, reason = KUB005, _instead_of_read(selected, also), None
        if (
            fix is not None
            and fix.applicability is Applicability.UNSAFE
            and narrowing is not None
            and handler is None
            and not self._exported(bindings)
        ):
            # The idiomatic read would change behaviour where narrowing the
            # list, the search kept, may not: the safe one wins.
            narrowed_fix = self._narrow(call, method, value, uses, bindings, narrowing, paging)
            if narrowed_fix[1] is not None and narrowed_fix[1].applicability is Applicability.SAFE:
                rule, fix, reason = narrowed_fix
        if fix is None and narrowing is not None and self._exported(bindings):
            # Other modules may import the variable and see every item.
            rule = rule or _READ_RULES.get(method.scope, KUB005)
            reason = reason or "the list is kept in a module-level variable"
        elif fix is None and narrowing is not None:
            # The idiomatic rewrite does not apply: narrow the list, keep the
            # code. The criterion holds, so its reason says best why not.
            rule, fix, reason = self._narrow(call, method, value, uses, bindings, narrowing, paging)
        assert rule is not None
        names = [s.name for s in (search, narrowing) if s is not None]
        fix, reason = self._vetted(fix, reason, names, call, method)
        return Finding(
            rule=rule,
            method=method,
            line=call.lineno,
            column=self.source.column(call),
            end_line=call.end_lineno or call.lineno,
            end_column=self.source.end(call) - self.source.line_start(self.source.end(call)),
            fix=fix,
            reason=reason,
            rbac=self._rbac(call, method) if rule.needs_get else (),
        )

    def _gathered_uses(self, target: ast.Name, dict_items: bool) -> list[Use]:
        """Where the items of the response ``target`` holds are read, through
        the locals that hold them; the other reads of ``target`` too."""
        reads = only_reads(target, self.parents)
        if reads is None:
            return [target]  # bound again somewhere: taken as used otherwise
        uses: list[Use] = []
        for read in reads:
            items = items_node(self.parents.get(read), read, self.parents, dict_items)
            if items is None:
                uses.append(read)
                continue
            held, _ = held_items(
                lift(items, self.parents, self.wrappers_shadowed),
                self.parents,
                self.wrappers_shadowed,
            )
            uses.extend(held)
        return uses

    def _per_item(self, node: ast.AST) -> bool:
        """Whether ``node`` is evaluated for each item: in a loop's body, a
        comprehension's element or condition, or a lambda."""
        child, parent = node, self.parents.get(node)
        while parent is not None and not isinstance(parent, (ast.FunctionDef, ast.Module)):
            if isinstance(parent, (ast.For, ast.AsyncFor, ast.While)) and child in parent.body:
                return True
            if isinstance(parent, (ast.Lambda, *COMPREHENSIONS)):
                return True
            if isinstance(parent, ast.comprehension) and child is not parent.iter:
                return True
            child, parent = parent, self.parents.get(parent)
        return False

    def _vetted(
        self,
        fix: Fix | None,
        reason: str | None,
        names: list[ast.expr],
        call: ast.Call,
        method: ListMethod,
    ) -> Outcome:
        """The fix after what the module says of the names and the method:
        kept, made unsafe, or dropped with the reason why."""
        if fix is None:
            return fix, reason
        if self._class_names(call) & {
            n.id for name in names for n in ast.walk(name) if isinstance(n, ast.Name)
        }:
            # A comprehension's first iterable sees the class's names, its
            # condition the enclosing ones: moved, the name would change meaning.
            return None, "the name is also a name of the class body the list call runs in"
        if self.loose_strings == _THIS_FILE:
            return None, (
                "this file defines a str type with its own __eq__ or __hash__: a name may "
                "match items the server, comparing exactly, would not return"
            )
        if self.loose_strings:
            # Defined elsewhere in the project: a name here may be one, if
            # something passes it in.
            fix = _unsafe(
                fix,
                f"{self.loose_strings} defines a str type with its own __eq__ or __hash__: "
                "a name of that type compared its own way, the server compares exactly",
            )
        if method.list_method in self.defined:
            return None, (
                f"this file defines its own {method.list_method}(); "
                "the receiver may be that, not the client"
            )
        property_read = next(
            (
                a.attr
                for name in names
                if self._per_item(name)
                for a in ast.walk(name)
                if isinstance(a, ast.Attribute) and a.attr in self.properties
            ),
            None,
        )
        if property_read is not None:
            # Read once by the fix, once per item by the search: a property
            # can count, cache or log.
            fix = _unsafe(
                fix,
                f"`{property_read}` is a property of a class here: the search ran it once per "
                "item, the read runs it once",
            )
        declared = next(
            (t for n in names if (t := declared_non_str(n, n, self.parents, self.classes))),
            None,
        )
        if declared is not None:
            fix = _unsafe(
                fix,
                f"the name is declared as {declared}, not str: the search compared it with "
                "that type's ==, the server compares the exact string",
            )
        return fix, reason

    def _response_shared(self, read: ast.expr, value: ast.expr) -> bool:
        """Whether ``read`` takes the items of a response some other binding
        may hold too: a local (``resp.items``) that this call's binding is
        not alone to reach."""
        base: ast.AST | None = items_base(read)
        if base is not None and base is not value:
            base = unwrap(base)  # through a cast of the response
        while isinstance(base, ast.Name):
            reaching = flow_of(scope_of(base, self.parents)).reaching(base)
            if reaching is None or len(reaching) != 1:
                return True
            (bound,) = reaching
            holder = self.parents.get(bound)
            if not is_local_binding(holder, getattr(holder, "value", None)):
                return True
            assert holder is not None and holder.value is not None
            # Through copies (``listed = response``) and casts to the binding
            # of the response, which is this call's: its flow led here.
            base = unwrap(holder.value)
            if not isinstance(base, ast.Name):
                return False
        return base is not value

    def _narrow(
        self,
        call: ast.Call,
        method: ListMethod,
        value: ast.expr,
        uses: list[Use],
        bindings: list[Binding],
        narrowing: Narrowing,
        paging: list[Use],
    ) -> tuple[Rule, Fix | None, str | None]:
        """The narrowing fix: the read's 0 or 1 items where the list was, or a
        field selector where the list must stay (KUB005)."""
        shape = _narrowing_search(narrowing)
        plan = _plan(call, method, shape)
        if method.scope in _SPANS_NAMESPACES and shape.namespace is None:
            # The search stays as it is, its namespace test too, if any: a
            # read in the list's place would need one namespace.
            plan = "the list spans namespaces, and a read in its place would need one namespace"
        handler = swallowing_handler(call, self.parents)
        why_not_read = _why_not_read(plan, handler)
        rule = KUB005 if why_not_read is not None else _READ_RULES[method.scope]
        if narrowing.blocker is not None:
            return rule, None, narrowing.blocker
        if why_not_read is not None:
            fix, reason = selector_fix(self.fix_context, call, shape, paging)
            if not isinstance(plan, _ReadPlan) or fix is not None:
                return rule, _instead_of_read(fix, why_not_read), reason
            rule = _READ_RULES[method.scope]
        assert isinstance(plan, _ReadPlan)  # else the selector's answer was returned
        if paging:
            return rule, None, "the list is read page by page"
        reads = _items_reads(value, uses, bindings)
        twin = next((t for b in bindings if (t := shared_twin(b, self.parents))), None)
        if twin is not None and any(self._response_shared(r, value) for r in reads):
            # Narrowed to a read, this call's response would become its
            # items, read where the twin's response is read too.  The field
            # selector keeps the response: each call narrowed where it runs
            # (the twin by its own finding) hands on what the other does.
            fix, reason = selector_fix(self.fix_context, call, shape, paging)
            why = f"the response is also bound on line {twin.lineno}"
            if fix is not None:
                return KUB005, _instead_of_read(fix, f"{why}, where it stays a response"), reason
            return rule, None, why
        fix, reason = narrow_fix(
            self.fix_context,
            call,
            method,
            value,
            reads,
            narrowing,
            plan.ignored,
            "; ".join(plan.caveats) or None,
        )
        if handler is not None:
            fix = _unsafe(fix, _caught(handler))
        return rule, fix, reason

    def _exported(self, bindings: list[Binding]) -> bool:
        """Whether a binding on the way to the search is a module or class
        attribute, which other code may read."""
        return any(
            not isinstance(defining_scope(b, self.parents), (ast.FunctionDef, ast.AsyncFunctionDef))
            for b in bindings
        )

    def _idiomatic(
        self, call: ast.Call, method: ListMethod, uses: list[Use], dict_items: bool
    ) -> Search | Literal[False] | None:
        """The first use that is a search of a known shape; False where that
        shape turns out to be no lookup (another namespace, a lookup repeated
        for many names, a builtin that means something else here)."""
        for use in uses:
            search = _recognise(use, self.parents, dict_items)
            if search is None:
                continue
            if search.namespace is not None and not _spans_namespaces(call, method):
                # A namespaced list's items are all in its namespace: testing
                # that again changes nothing; testing another is no lookup.
                if not _same_namespace(search.namespace, call, method):
                    return False
                search = replace(search, namespace=None)
            if _repeated(search.first, call, self.parents):
                return False  # one list, many lookups (in a loop): reading each is no gain
            if self._uses_shadowed_builtin(search):
                return False  # `any` may be numpy's: the shape means something else
            return replace(search, use=use)
        return None

    def _read(
        self,
        call: ast.Call,
        method: ListMethod,
        search: Search,
        uses: list[Use],
        bindings: list[Binding],
        awaited: bool,
        plan: _ReadPlan,
    ) -> Outcome:
        others = [u for u in uses if u is not search.use]
        reason = None
        if others:
            other = others[0]
            line = getattr(other, "lineno", "?")
            reason = f"the {method.kind.lower()} list is also used on line {line}"
            if isinstance(other, ast.Name) and isinstance(other.ctx, ast.Store):
                # Another value bound to the same local (``resp = None``
                # before a retry): which one the search sees depends on
                # the path taken.
                reason = f"`{other.id}` is also bound on line {line}, to another value"
        reason = reason or search.blocker
        if awaited and search.leading == "StopIteration()":
            # Raised in a coroutine, StopIteration leaves it as RuntimeError
            # (PEP 479): an `except StopIteration` around the search would miss it.
            reason = reason or (
                "next() without a default raises StopIteration, which a coroutine "
                "turns into RuntimeError"
            )
        twin = next((t for b in bindings if (t := shared_twin(b, self.parents))), None)
        if twin is not None:
            # One search of lists from several calls: each is narrowed where
            # it runs, none can move into the search.
            reason = reason or f"the list is also bound on line {twin.lineno}"
        removed = [*bindings, *search.moved]
        for binding in removed:
            reason = reason or binding_blocker(binding, search, self.parents, removed)
        if reason is not None:
            return None, reason
        return read_fix(
            self.fix_context,
            call,
            method,
            search,
            removed,
            awaited,
            plan.ignored,
            "; ".join(plan.caveats) or None,
        )

    def _uses_shadowed_builtin(self, search: Search) -> bool:
        if not self.shadowed:
            return False
        region = [search.first, search.last, *search.moved]
        return any(
            isinstance(n, ast.Name) and n.id in self.shadowed and self.fix_context.shadowed(n.id, n)
            for node in region
            for n in ast.walk(node)
        )

    def _string(self, node: ast.AST | None) -> str | None:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return node.value
        if isinstance(node, ast.Name):
            return self.constants.get(node.id)
        return None

    def _rbac(self, call: ast.Call, method: ListMethod) -> tuple[str, ...]:
        if method.scope not in DICT_SCOPES:
            return tuple(method.rbac_resources)
        arguments = dict(zip(method.positional, call.args, strict=False))
        arguments.update((READ_NAMES.get(k.arg, k.arg), k.value) for k in call.keywords if k.arg)
        group, plural = (self._string(arguments.get(k)) for k in ("group", "plural"))
        if group is not None and plural is not None:
            return (f"{plural}.{group}",)
        return (f"the custom resource listed on line {call.lineno}",)


_SPANS_NAMESPACES = (ALL_NAMESPACES, CUSTOM_CLUSTER, CUSTOM_ALL_NAMESPACES)
# The scopes read in the namespace the search tests (with the name).
_NAMESPACE_FROM_SEARCH = (ALL_NAMESPACES, CUSTOM_ALL_NAMESPACES)


def _spans_namespaces(call: ast.Call, method: ListMethod) -> bool:
    """Whether the list's items may come from several namespaces: an
    all-namespaces list, a cluster custom object list, or the dynamic
    client's get() without a namespace (or with ``namespace=None``)."""
    if method.scope == DYNAMIC:
        namespace = next((k.value for k in call.keywords if k.arg == "namespace"), None)
        return namespace is None or is_constant(namespace, None)
    return method.scope in _SPANS_NAMESPACES


_BUILTINS = frozenset(
    {"any", "next", "len", "bool", "list", "set", "tuple", "filter", "map", "getattr"}
)


@dataclass(frozen=True)
class _ReadPlan:
    """A read fix: list keywords it drops, and why it may change behaviour."""

    ignored: frozenset[str] = frozenset()
    caveats: tuple[str, ...] = ()


def _plan(call: ast.Call, method: ListMethod, search: Search) -> _ReadPlan | str:
    """How to fix: read by name (perhaps unsafely), or why not, as a clause:
    the list is then narrowed with a field selector, the one fix that keeps
    every list's results."""
    if method.scope == CUSTOM_CLUSTER:
        return (
            f"{method.list_method}() lists a cluster-scoped resource or a namespaced one in "
            "every namespace, and the code does not say which"
        )
    if method.scope in _SPANS_NAMESPACES and search.namespace is None:
        return "the list spans namespaces and the search does not test the namespace"
    keywords = {k.arg: k.value for k in call.keywords}
    named = [k for k in call.keywords if k.arg is not None]
    # Arguments at the value that leaves a plain list (watch=False): the
    # read drops them, unless it takes them as they are.
    ignored = {
        k.arg for k in named if k.arg in BLOCKING and k.arg not in CARRIED and blocker(k) is None
    }
    selectable = [k.arg for k in named if k.arg in SELECTABLE]
    unreadable = [a for a in selectable if a not in UNSAFE_READ]
    if unreadable:
        return SELECTABLE[unreadable[0]]
    ignored.update(selectable)
    caveats = [UNSAFE_READ[a] for a in selectable]
    if method.scope == DYNAMIC:
        namespace = keywords.get("namespace")
        if namespace is None or is_constant(namespace, None):
            return "the dynamic client's get() without a namespace lists every namespace"
        if not _is_str(namespace):
            caveats.append("where the namespace is None the dynamic list searched every namespace")
        if search.helper != "exists":
            caveats.append("the read returns a ResourceInstance, the list a ResourceField")
    if method.scope in _NAMESPACE_FROM_SEARCH and not _is_str(search.namespace):
        caveats.append(
            "a namespace no object has (None, empty) matched nothing; the read raises the "
            "client's validation error or asks another path"
        )
    return _ReadPlan(frozenset(ignored), tuple(caveats))


def _why_not_read(plan: _ReadPlan | str, handler: ast.ExceptHandler | None) -> str | None:
    """Why to try the field selector before a read, or None: read first.
    The field selector comes first where no read keeps behaviour (no plan,
    or only an unsafe one: its caveats say what changes, a narrowed list
    changes none of it), or where a handler would see the read's errors in
    place of the list's."""
    if isinstance(plan, str):
        return plan
    if plan.caveats:
        return f"a read would be unsafe: {'; '.join(plan.caveats)}"
    if handler is not None:
        return _caught(handler)
    return None


def _instead_of_read(fix: Fix | None, why: str) -> Fix | None:
    """A field selector fix, saying why it is not a read."""
    return None if fix is None else replace(fix, why_not_read=why)


def _caught(handler: ast.ExceptHandler) -> str:
    where = f"the handler on line {handler.lineno}" if handler.lineno else "suppress()"
    return (
        f"{where} catches the list's API errors and goes on: a read refused (403, "
        "where a role grants list but not get) or failing would be caught there too, "
        "where the list had answered"
    )


def _unsafe(fix: Fix | None, caveat: str) -> Fix | None:
    """``fix`` as an unsafe fix, its caveat first."""
    if fix is None:
        return None
    caveats = "; ".join(c for c in (caveat, fix.caveat) if c)
    return replace(fix, applicability=Applicability.UNSAFE, caveat=caveats)


def _tests_another_namespace(
    narrowing: Narrowing, call: ast.Call, method: ListMethod, parents: Parents, dict_items: bool
) -> bool:
    """Whether a name test is ``and``-ed with a test of the item's namespace
    against something other than a namespaced list call's own namespace:
    such a search finds nothing the list holds, it is no lookup."""
    if method.scope == CLUSTER or _spans_namespaces(call, method):
        return False
    for site in narrowing.sites:
        test = parents.get(site)
        if not (isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And)):
            continue
        while isinstance(up := parents.get(test), ast.BoolOp) and isinstance(up.op, ast.And):
            test = up  # (a and b) and c: the whole conjunction
        for value in conjuncts(test):
            if value is site or not (
                isinstance(value, ast.Compare)
                and len(value.ops) == 1
                and isinstance(value.ops[0], ast.Eq)
            ):
                continue
            pair = (value.left, value.comparators[0])
            for mine, other in (pair, pair[::-1]):
                roots = [n.id for n in ast.walk(mine) if isinstance(n, ast.Name)]
                if (
                    len(roots) == 1
                    and item_field(mine, roots[0], dict_items) == "namespace"
                    and not _same_namespace(other, call, method)
                ):
                    return True
    return False


def _same_namespace(namespace: ast.expr, call: ast.Call, method: ListMethod) -> bool:
    """Whether the search's namespace is the list call's own namespace
    argument, spelt the same and free of effects."""
    passed = [a for p, a in zip(method.positional, call.args, strict=False) if p == "namespace"]
    passed += [k.value for k in call.keywords if k.arg == "namespace"]
    return len(passed) == 1 and is_plain(namespace) and ast.dump(namespace) == ast.dump(passed[0])


def _is_str(node: ast.AST | None) -> bool:
    """A non-empty string literal: a namespace that can't be None or empty."""
    return isinstance(node, ast.Constant) and isinstance(node.value, str) and bool(node.value)


def _repeated(site: ast.AST, call: ast.AST, parents: Parents) -> bool:
    """Whether the search can run more than once per list call: it sits in a
    loop, comprehension or function that does not also hold the list call."""
    holds_call: set[ast.AST] = set()
    node: ast.AST | None = call
    while node is not None:
        holds_call.add(node)
        node = parents.get(node)
    child, node = site, parents.get(site)
    while node is not None and node not in holds_call and child not in holds_call:
        if isinstance(node, (ast.While, ast.Lambda, ast.FunctionDef, ast.AsyncFunctionDef)):
            return True
        if isinstance(node, (ast.For, ast.AsyncFor)) and child is not node.iter:
            return True
        if isinstance(node, ast.comprehension) and child is not node.iter:
            return True
        if isinstance(node, (ast.ListComp, ast.SetComp, ast.GeneratorExp, ast.DictComp)):
            first_iter = node.generators[0].iter
            if child is not first_iter and child not in node.generators:
                return True
        child, node = node, parents.get(node)
    return False


def _module_constants(tree: ast.Module) -> dict[str, str]:
    """Module-level names bound once to a string: ``GROUP = "example.com"``
    or ``GROUP, PLURAL = "example.com", "crontabs"``."""
    found: dict[str, str] = {}
    seen: set[str] = set()  # a name bound twice is no constant
    for statement in tree.body:
        if not isinstance(statement, ast.Assign) or len(statement.targets) != 1:
            continue
        target, value = statement.targets[0], statement.value
        pairs = [(target, value)]
        if isinstance(target, ast.Tuple) and isinstance(value, ast.Tuple):
            pairs = list(zip(target.elts, value.elts, strict=False))
        for name, constant in pairs:
            if not isinstance(name, ast.Name):
                continue
            if name.id in seen:
                found.pop(name.id, None)
            elif isinstance(constant, ast.Constant) and isinstance(constant.value, str):
                found[name.id] = constant.value
            seen.add(name.id)
    return found


def _recognise(items: Use, parents: Parents, dict_items: bool) -> Search | None:
    for recogniser in RECOGNISERS:
        search = recogniser(items, parents, dict_items)
        if search is not None:
            return search
    return None


# ``x.list_namespaced_job = ...``: the file puts its own method in place.
_BUILTIN_NAMES = frozenset(dir(builtins))
_THIS_FILE = "this file"


def _returns_pure(function: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    """Whether the function only returns a pure expression (a docstring
    aside): ``return self.template.format(user=self.user)``."""
    body = [s for s in function.body if not is_docstring(s)]
    return (
        len(body) == 1
        and isinstance(body[0], ast.Return)
        and body[0].value is not None
        and is_pure(body[0].value)
    )


def _computes_attribute(decorator: ast.expr) -> bool:
    """``@property``, ``@cached_property`` (``functools.`` or not), or a
    property's ``@x.setter``/``@x.getter``."""
    if isinstance(decorator, ast.Name):
        return decorator.id in ("property", "cached_property")
    return isinstance(decorator, ast.Attribute) and decorator.attr in (
        "cached_property",
        "getter",
        "setter",
    )


def _binding_of(call: ast.AST, parents: Parents) -> Binding | None:
    """The ``name = ...`` statement whose value holds ``call``, if any."""
    node: ast.AST = call
    while not isinstance(node, ast.stmt):
        node = parents[node]
    return node if is_local_binding(node, getattr(node, "value", None)) else None


def _merged(group: list[Finding]) -> Finding:
    """One finding for the calls of one source: the first's, fixed where
    every one is fixed, else with the first reason one is not."""
    first = group[0]
    if len(group) == 1:
        return first
    rbac = tuple(dict.fromkeys(r for f in group for r in f.rbac))
    fixes = [f.fix for f in group if f.fix is not None]
    if len(fixes) < len(group):
        reason = next(f.reason for f in group if f.fix is None)
        return replace(first, fix=None, reason=reason, rbac=rbac)
    edits = sorted((e for fix in fixes for e in fix.edits), key=lambda e: (e.start, e.end))
    if any(a.end > b.start for a, b in itertools.pairwise(edits)):
        return replace(first, fix=None, reason="the fixes of its bindings overlap", rbac=rbac)
    caveats = dict.fromkeys(fix.caveat for fix in fixes if fix.caveat)
    unsafe = any(fix.applicability is Applicability.UNSAFE for fix in fixes)
    fix = Fix(
        tuple(edits),
        frozenset().union(*(fix.helpers for fix in fixes)),
        Applicability.UNSAFE if unsafe else Applicability.SAFE,
        "; ".join(caveats) or None,
        any(fix.narrows for fix in fixes),
        first.fix.why_not_read if first.fix is not None else None,
    )
    return replace(first, fix=fix, reason=None, rbac=rbac)


class _Inlinable(NamedTuple):
    call: ast.Call
    summary: Summary
    # A method called on an object made there: its attributes, and the call
    # that makes it.
    fields: dict[str, str] | None
    made: ast.Call | None


def _called_name(call: ast.Call) -> tuple[str, bool, str | None] | None:
    """How ``call`` names the function it calls: ``f(...)``, ``m.f(...)``
    (a module), ``self.f(...)`` or ``cls.f(...)`` (on self), or
    ``C(...).f(...)`` (on an object of class C made there)."""
    func = call.func
    if isinstance(func, ast.Name):
        return func.id, False, None
    if not isinstance(func, ast.Attribute):
        return None
    value = func.value
    if isinstance(value, ast.Name):
        if value.id in ("self", "cls"):
            return func.attr, True, None
        return f"{value.id}.{func.attr}", False, None
    if isinstance(value, ast.Call) and isinstance(value.func, ast.Name):
        return func.attr, False, value.func.id
    return None


_ASSIGNED_METHOD = re.compile(r"\.\s*(list_\w+)\s*=(?!=)")
_MOCKS = frozenset(
    {"Mock", "MagicMock", "AsyncMock", "NonCallableMock", "NonCallableMagicMock", "create_autospec"}
)


def _test_doubles(tree: ast.Module, text: str) -> set[str]:
    """Receivers (as ``ast.dump``) that are mocks this file sets up: assigned
    a ``Mock()``/``create_autospec()``, or whose list method's
    ``return_value``/``side_effect`` it configures."""
    if not any(marker in text for marker in ("Mock", "autospec", "return_value", "side_effect")):
        return set()
    found: set[str] = set()
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and node.attr in ("return_value", "side_effect")
            and isinstance(node.value, ast.Attribute)
            and node.value.attr.startswith("list_")
        ):
            found.add(ast.dump(node.value.value))
        elif isinstance(node, ast.Assign) and isinstance(node.value, ast.Call):
            func = node.value.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            if name in _MOCKS:
                found.update(
                    ast.dump(
                        t,
                    )
                    for t in node.targets
                )
    return found


class _Helper(NamedTuple):
    """A function of the module that hands on a list call's items."""

    function: ast.FunctionDef | ast.AsyncFunctionDef
    call: ast.Call  # the list call in it
    method: ListMethod
    items: bool  # it returns the items (else the response)
    position: int | None  # their place in the tuple it returns, if it returns one


_GATHERED = "the list is awaited in asyncio.gather(), where a read's result would not be a response"


def _gathered(call: ast.Call, parents: Parents, shadowed: frozenset[str]) -> ast.Name | None:
    """The name ``a, b = await asyncio.gather(x, y)`` binds to ``call``'s
    response, ``call`` being one of ``x``, ``y`` or reaching there through
    locals and casts (``jobs = api.list_...(ns)`` then ``gather(jobs,
    ...)``); the gathered tuple may pass through a local too."""
    node = _passed_on(call, parents, shadowed)
    gather = parents.get(node)
    if not (
        isinstance(gather, ast.Call)
        and node in gather.args
        and not gather.keywords
        and not any(isinstance(a, ast.Starred) for a in gather.args)
        and (
            (isinstance(gather.func, ast.Name) and gather.func.id == "gather")
            or (
                isinstance(gather.func, ast.Attribute)
                and gather.func.attr == "gather"
                and isinstance(gather.func.value, ast.Name)
                and gather.func.value.id == "asyncio"
            )
        )
    ):
        return None
    awaited = parents.get(gather)
    if not isinstance(awaited, ast.Await):
        return None
    held = _passed_on(awaited, parents, shadowed)
    statement = parents.get(held)
    if not (
        isinstance(statement, ast.Assign)
        and isinstance(statement.targets[0], ast.Tuple)
        and len(statement.targets[0].elts) == len(gather.args)
    ):
        return None
    return _unpacked(held, gather.args.index(node), parents)


def _passed_on(node: ast.expr, parents: Parents, shadowed: frozenset[str]) -> ast.expr:
    """Where ``node``'s value goes on as it is: through casts, and locals
    whose one read it is."""
    while True:
        node = lift_response(node, parents, shadowed)
        holder = parents.get(node)
        if not is_local_binding(holder, node):
            return node
        _, reads = through_copies(holder, parents)
        if len(reads) != 1 or not isinstance(reads[0], ast.Name):
            return node
        node = reads[0]


def _unpacked(value: ast.expr, index: int, parents: Parents) -> ast.Name | None:
    """The name ``a, b = value`` binds at ``index``."""
    statement = parents.get(value)
    if not (
        isinstance(statement, ast.Assign)
        and statement.value is value
        and len(statement.targets) == 1
        and isinstance(statement.targets[0], ast.Tuple)
        and not any(isinstance(e, ast.Starred) for e in statement.targets[0].elts)
        and index < len(statement.targets[0].elts)
    ):
        return None
    target = statement.targets[0].elts[index]
    return target if isinstance(target, ast.Name) else None


def _others_return_nothing_at(function: ast.AST, last: ast.Tuple, index: int) -> bool:
    """Whether every other ``return`` of ``function`` (none of a nested one)
    returns a tuple as long as ``last`` with nothing (``[]``, ``()``,
    ``None``) at ``index``."""
    size = len(last.elts)
    stack = list(ast.iter_child_nodes(function))
    while stack:
        node = stack.pop()
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda | ast.ClassDef):
            continue
        if isinstance(node, ast.Return) and node.value is not last:
            value = node.value
            if not (isinstance(value, ast.Tuple) and len(value.elts) == size):
                return False
            element = value.elts[index]
            if not (
                (isinstance(element, ast.List | ast.Tuple) and not element.elts)
                or (isinstance(element, ast.Constant) and element.value is None)
            ):
                return False
        stack.extend(ast.iter_child_nodes(node))
    return True


def _without_docstring(body: list[ast.stmt]) -> list[ast.stmt]:
    first = body[0]
    docstring = isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant)
    return body[1:] if docstring and isinstance(first.value.value, str) else body  # type: ignore[attr-defined]


def _narrowing_search(narrowing: Narrowing) -> Search:
    """The narrowing as a search that keeps its code: its first and last
    comparison, its name."""
    first, last = narrowing.sites[0], narrowing.sites[-1]
    return Search(first, last, narrowing.name, helper="items_named")


def _items_reads(value: ast.expr, uses: list[Use], bindings: list[Binding]) -> list[ast.expr]:
    """The expressions reading the list's items: ``value.items`` itself, or
    ``resp.items`` where a local ``resp`` holds the response."""
    found: list[ast.expr] = []
    for node in (*(b.value for b in bindings if b.value is not None), *uses):
        inner = unwrap(node)
        base = items_base(inner)
        # ``cast(T, resp).items``: the cast hands the response on.
        response = None if base is None else unwrap(base)
        if base is value or isinstance(response, ast.Name) or response is value:
            found.append(inner)  # type: ignore[arg-type]
    return found


def _is_fallback(call: ast.Call, method: ListMethod, parents: Parents) -> bool:
    """Whether the list runs in an ``except`` after a read of the same kind
    failed: code written for roles that grant list but not get, which a
    read would break exactly where it is needed."""
    node = parents.get(call)
    while node is not None and not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
        if isinstance(node, ast.ExceptHandler):
            attempt = parents[node]
            if any(
                isinstance(n, ast.Call)
                and isinstance(n.func, ast.Attribute)
                and n.func.attr == method.read_method
                for statement in attempt.body  # type: ignore[attr-defined]
                for n in ast.walk(statement)
            ):
                return True
        node = parents.get(node)
    return False


def _filters_by_name(call: ast.Call) -> bool:
    """Whether the call passes a field selector that may name the object.

    A literal selector on ``metadata.name`` already filters on the server; a
    computed one may, and we cannot tell, so neither is reported.
    """
    for keyword in call.keywords:
        if keyword.arg == "field_selector":
            value = keyword.value
            if is_constant(value, None):
                return False  # field_selector=None is no selector
            if isinstance(value, ast.Constant) and isinstance(value.value, str):
                return any(
                    re.split(r"!=|==|=", term, maxsplit=1)[0].strip() == "metadata.name"
                    for term in re.split(r"(?<!\\),", value.value)
                )
            return True
    return False
