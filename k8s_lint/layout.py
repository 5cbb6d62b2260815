"""Lay out one statement as black and ``ruff format`` lay it out.

A fix writes text into a statement (a helper call, a field selector); this
module then lays out that whole statement (a simple statement, or the header
of a compound one) the way black's line splitting does, at the project's line
length, so that ``ruff format`` would leave it as it is.  It is a port, for
one logical line, of black's ``linegen``: the right-hand split on the last
opening bracket, with black's optional (invisible) parentheses around an
assignment's value, a ``return`` value, a condition, an iterable, and its
rules for when to leave them out; the delimiter split (one element per line
at commas, before ``for``/``if`` in a comprehension, ``and``/``or``, ...);
magic trailing commas; a trailing comma where elements go one per line.

Where black and ruff part ways, this follows ruff: a comment at the end of a
line inside brackets keeps its line, and the brackets around it split
(black would join the lines and move the comment); redundant parentheses
that hold a comment stay; a pragma comment (``# noqa``, ``# type:``, ...)
does not count towards the line's width.

Spacing between tokens on one line is the source's (the fix writes black's),
but around brackets and before commas; tokens that end up joined from
separate lines get black's spacing.  ``layout`` raises Unsupported for what
this does not model (a ``def`` or ``class`` header, two statements on one
line, a ``# fmt:`` directive), and for any result that would not be the
same code with the same comments.
"""

from __future__ import annotations

import ast
import io
import tokenize
import unicodedata
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass

COMPREHENSION_PRIORITY = 20
COMMA_PRIORITY = 18
TERNARY_PRIORITY = 16
LOGIC_PRIORITY = 14
STRING_PRIORITY = 12
COMPARATOR_PRIORITY = 10
MATH_PRIORITIES = {
    "|": 9,
    "^": 8,
    "&": 7,
    "<<": 6,
    ">>": 6,
    "+": 5,
    "-": 5,
    "*": 4,
    "/": 4,
    "//": 4,
    "%": 4,
    "@": 4,
    "~": 3,
    "**": 2,
}
DOT_PRIORITY = 1

OPENING = {"(": ")", "[": "]", "{": "}"}
CLOSING = {")": "(", "]": "[", "}": "{"}
COMPARATORS = frozenset({"<", ">", "==", "!=", "<=", ">="})
# The width of a tab where lines are measured, as ruff's indent-width.
TAB_WIDTH = 4

# Comments ruff does not count in a line's width: they must stay on their line.
_PRAGMAS = ("isort", "type", "pyright", "pylint", "flake8", "ruff")


class CannotSplit(Exception):
    """A split does not apply to the line (black's CannotTransform)."""


class Unsupported(Exception):
    """A statement this module does not lay out."""


# Token kinds of a leaf.
NAME, NUMBER, STRING, OP, COMMENT, STANDALONE = range(6)


@dataclass(eq=False)
class Leaf:
    """One token of the statement, as black's ``Leaf``."""

    kind: int
    token: str  # the token's text ("(" also for an invisible parenthesis)
    value: str  # what is written ("" for an invisible parenthesis)
    prefix: str = ""  # the space before it, when it does not start a line
    space: str = ""  # the prefix as read (a split clears ``prefix``)
    # Set where the statement is read:
    math: int = 0  # a binary operator's priority
    before: int = 0  # the priority of a split before this leaf (static part)
    comparison: bool = False  # `in` / `not` of a comparison
    trailer: bool = False  # `(` of a call, `[` of a subscript (and their closers)
    arglist: bool = False  # a comma directly inside a call's parentheses
    holds_value: bool = False  # optional parentheses around an assigned or returned value
    # Set by the bracket tracker of the line it is in:
    depth: int = 0
    opening: Leaf | None = None

    def __str__(self) -> str:
        return self.prefix + self.value

    @property
    def multiline(self) -> bool:
        """A triple-quoted string that spans lines."""
        quotes = self.value.lstrip("furbtFURBT")[:3]
        return self.kind == STRING and "\n" in self.value and quotes in ('"""', "'''")


def width(text: str) -> int:
    """Columns ``text`` takes, as ruff counts them: a tab to the next stop,
    East Asian wide characters two, combining marks none."""
    text = text.expandtabs(TAB_WIDTH)
    if text.isascii():
        return len(text)
    total = 0
    for char in text:
        if unicodedata.combining(char):
            continue
        total += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return total


def is_pragma(comment: str) -> bool:
    """A comment ruff leaves out of the line's width."""
    content = comment[1:].lstrip()
    if content[:4].lower() == "noqa" or content.startswith("nosec"):
        return True
    head, colon, _ = content.partition(":")
    return bool(colon) and head in _PRAGMAS


@dataclass
class Style:
    """Where the statement sits and how far lines may go."""

    indent: str  # the statement's own indentation
    unit: str  # one level of the file's indentation
    line_length: int

    def indentation(self, depth: int) -> str:
        return self.indent + self.unit * depth

    def indent_width(self, depth: int) -> int:
        return width(self.indentation(depth))


class Tracker:
    """Bracket depths and delimiters of one line (black's BracketTracker)."""

    def __init__(self) -> None:
        self.depth = 0
        self.bracket_match: dict[tuple[int, str], Leaf] = {}
        self.delimiters: dict[int, int] = {}
        self.previous: Leaf | None = None
        self.for_loop_depths: list[int] = []
        self.lambda_argument_depths: list[int] = []
        self.invisible: list[Leaf] = []

    def mark(self, leaf: Leaf) -> None:
        if leaf.kind == COMMENT:
            return
        if self.depth == 0 and leaf.token in CLOSING and (0, leaf.token) not in self.bracket_match:
            return
        if (
            self.for_loop_depths
            and self.for_loop_depths[-1] == self.depth
            and leaf.kind == NAME
            and leaf.value == "in"
        ):
            self.depth -= 1
            self.for_loop_depths.pop()
        if (
            self.lambda_argument_depths
            and self.lambda_argument_depths[-1] == self.depth
            and leaf.token == ":"
        ):
            self.depth -= 1
            self.lambda_argument_depths.pop()
        if leaf.token in CLOSING:
            self.depth -= 1
            opening = self.bracket_match.pop((self.depth, leaf.token), None)
            if opening is None:
                raise CannotSplit("unmatched closing bracket")
            leaf.opening = opening
            if not leaf.value:
                self.invisible.append(leaf)
        leaf.depth = self.depth
        if self.depth == 0:
            priority = split_before(leaf, self.previous)
            if priority and self.previous is not None:
                self.delimiters[id(self.previous)] = priority
            elif leaf.token == ",":
                self.delimiters[id(leaf)] = COMMA_PRIORITY
        if leaf.token in OPENING and leaf.kind == OP:
            self.bracket_match[(self.depth, OPENING[leaf.token])] = leaf
            self.depth += 1
            if not leaf.value:
                self.invisible.append(leaf)
        self.previous = leaf
        if leaf.kind == NAME and leaf.value == "lambda":
            self.depth += 1
            self.lambda_argument_depths.append(self.depth)
        if leaf.kind == NAME and leaf.value == "for":
            self.depth += 1
            self.for_loop_depths.append(self.depth)

    def any_open_for_or_lambda(self) -> bool:
        return bool(self.for_loop_depths or self.lambda_argument_depths)

    def max_priority(self, exclude: frozenset[int] = frozenset()) -> int:
        """The highest priority of a delimiter; ValueError when there is none."""
        return max(v for k, v in self.delimiters.items() if k not in exclude)

    def count(self, priority: int) -> int:
        return sum(1 for p in self.delimiters.values() if p == priority)


def split_before(leaf: Leaf, previous: Leaf | None) -> int:
    """The priority of a split before ``leaf`` (black's is_split_before_delimiter)."""
    if leaf.token == "." and leaf.kind == OP and (previous is None or previous.token in CLOSING):
        return DOT_PRIORITY if previous is None or previous.kind == OP else 0
    if leaf.math:
        return leaf.math
    if leaf.kind == OP and leaf.token in COMPARATORS:
        return COMPARATOR_PRIORITY
    if leaf.kind == STRING and previous is not None and previous.kind == STRING:
        return STRING_PRIORITY
    if leaf.kind != NAME:
        return 0
    if leaf.before:
        return leaf.before
    if leaf.value == "is":
        return COMPARATOR_PRIORITY
    previous_name = previous.value if previous is not None and previous.kind == NAME else None
    if leaf.value == "in" and leaf.comparison and previous_name != "not":
        return COMPARATOR_PRIORITY
    if leaf.value == "not" and leaf.comparison and previous_name != "is":
        return COMPARATOR_PRIORITY
    if leaf.value in ("and", "or"):
        return LOGIC_PRIORITY
    return 0


class Line:
    """Leaves to be written on one line (black's Line)."""

    def __init__(self, style: Style, depth: int = 0, inside_brackets: bool = False) -> None:
        self.style = style
        self.depth = depth
        self.leaves: list[Leaf] = []
        self.comments: dict[int, list[Leaf]] = {}
        self.tracker = Tracker()
        self.inside_brackets = inside_brackets
        self.should_split_rhs = False
        self.magic_trailing_comma: Leaf | None = None
        self.is_with = False
        self.returns_pair = False  # `return a, b`
        self.is_body = False  # what a bracket pair holds (a right-hand split's body)
        # Optional parentheses ruff keeps where what they hold fits on a line
        # of its own (an assert's message).
        self.preferred: Leaf | None = None

    def append(self, leaf: Leaf, preformatted: bool = False, track_bracket: bool = False) -> None:
        if not (leaf.token in OPENING or leaf.token in CLOSING or leaf.value.strip()):
            return
        if self.inside_brackets or not preformatted or track_bracket:
            self.tracker.mark(leaf)
            if self.has_magic_trailing_comma(leaf):
                self.magic_trailing_comma = leaf
        if not self.append_comment(leaf):
            self.leaves.append(leaf)

    def append_safe(self, leaf: Leaf) -> None:
        """``append``, refusing to put code and an own-line comment together."""
        if self.tracker.depth == 0 or self.tracker.any_open_for_or_lambda():
            if self.is_comment:
                raise ValueError("cannot append to standalone comments")
            if self.leaves and leaf.kind == STANDALONE:
                raise ValueError("cannot append standalone comments to a populated line")
        self.append(leaf, preformatted=True)

    def append_comment(self, comment: Leaf) -> bool:
        if comment.kind == STANDALONE and self.tracker.bracket_match:
            comment.prefix = ""
            return False
        if comment.kind != COMMENT:
            return False
        if not self.leaves:
            comment.kind = STANDALONE
            comment.prefix = ""
            return False
        # (Black moves a comment on optional parentheses around one leaf to
        # the leaf; ruff keeps the comment after a statement last.)
        self.comments.setdefault(id(self.leaves[-1]), []).append(comment)
        return True

    def comments_after(self, leaf: Leaf) -> list[Leaf]:
        return self.comments.get(id(leaf), [])

    @property
    def is_comment(self) -> bool:
        return len(self.leaves) == 1 and self.leaves[0].kind == STANDALONE

    def contains_standalone_comments(self) -> bool:
        return any(leaf.kind == STANDALONE for leaf in self.leaves)

    def contains_multiline_strings(self) -> bool:
        return any(leaf.multiline for leaf in self.leaves)

    def has_magic_trailing_comma(self, closing: Leaf) -> bool:
        if not (closing.token in CLOSING and self.leaves and self.leaves[-1].token == ","):
            return False
        if closing.token == "}":
            return True
        if closing.token == "]":
            return not (
                closing.trailer
                and closing.opening is not None
                and one_sequence_between(closing.opening, closing, self.leaves, "[")
            )
        return closing.opening is not None and not one_sequence_between(
            closing.opening, closing, self.leaves, "("
        )

    def enumerate_with_length(self, reverse: bool = False) -> Iterator[tuple[int, Leaf, int]]:
        """Each leaf with its length and its comments'; stops at a string
        that spans lines."""
        indexes = range(len(self.leaves) - 1, -1, -1) if reverse else range(len(self.leaves))
        for index in indexes:
            leaf = self.leaves[index]
            if "\n" in leaf.value:
                return
            length = len(leaf.prefix) + len(leaf.value)
            for comment in self.comments_after(leaf):
                length += len(comment.value)
            yield index, leaf, length

    def clone(self) -> Line:
        line = Line(self.style, self.depth, self.inside_brackets)
        line.should_split_rhs = self.should_split_rhs
        line.magic_trailing_comma = self.magic_trailing_comma
        line.is_with = self.is_with
        line.returns_pair = self.returns_pair
        line.is_body = self.is_body
        return line

    def code(self) -> str:
        """The line's code, indented, without its comments."""
        if not self.leaves:
            return ""
        first, rest = self.leaves[0], self.leaves[1:]
        return self.style.indentation(self.depth) + first.value + "".join(map(str, rest))

    def __str__(self) -> str:
        comments = [c for leaf in self.leaves for c in self.comments_after(leaf)]
        return self.code() + "".join("  " + c.value for c in comments)

    def measured(self) -> str:
        """The line as its width is measured: pragma comments left out."""
        comments = [c for leaf in self.leaves for c in self.comments_after(leaf)]
        return self.code() + "".join("  " + c.value for c in comments if not is_pragma(c.value))

    def __bool__(self) -> bool:
        return bool(self.leaves or self.comments)

    def inner_comment(self) -> bool:
        """Whether a comment follows a leaf that is not the line's last (but
        for optional parentheses): the comment ends its line, so the brackets
        around it split, as ruff splits them."""
        last = len(self.leaves) - 1
        while last > 0 and not self.leaves[last].value:
            last -= 1
        return any(self.comments_after(leaf) for leaf in self.leaves[:last])

    def comment_in_body(self) -> bool:
        """Whether this line is what brackets hold and has a comment: ruff
        splits the elements the comment is among, one per line."""
        return self.is_body and any(self.comments_after(leaf) for leaf in self.leaves)


def one_sequence_between(opening: Leaf, closing: Leaf, leaves: list[Leaf], kind: str) -> bool:
    """Whether the brackets hold a one-element sequence (``(a,)``, ``x[a,]``)."""
    if opening.token != kind or closing.token != OPENING[kind]:
        return False
    depth = closing.depth + 1
    try:
        start = next(i for i, leaf in enumerate(leaves) if leaf is opening) + 1
    except StopIteration:
        return False
    commas = 0
    for leaf in leaves[start:]:
        if leaf is closing:
            break
        if leaf.depth == depth and leaf.token == ",":
            commas += 1
            if leaf.arglist:
                commas += 1
                break
    return commas < 2


def is_line_short_enough(line: Line, text: str | None = None) -> bool:
    """Whether ``line`` fits (black's rules for strings that span lines)."""
    if text is None:
        text = line.measured()
    if line.contains_standalone_comments() or line.inner_comment():
        return False  # (ruff) a comment ends its line: this one must split
    if "\n" not in text:
        return width(text) <= line.style.line_length
    first, *_, last = text.split("\n")
    if width(first) > line.style.line_length or width(last) > line.style.line_length:
        return False
    # A string spanning lines fits where it is the only thing at its depth
    # in brackets: with a comma beside it, the brackets split.
    multiline = [leaf for leaf in line.leaves if leaf.multiline]
    if len(multiline) > 1:
        return False
    if not multiline:
        return True
    string = multiline[0]
    if string.before == TERNARY_PRIORITY:  # part of a conditional expression
        return False
    index = line.leaves.index(string)
    depth = string.depth
    if depth == 0 and not line.inside_brackets:
        return True
    # The bracket pair around the string at its depth.
    start = index
    while start > 0 and not (line.leaves[start - 1].depth < depth):
        start -= 1
    end = index
    while end + 1 < len(line.leaves) and line.leaves[end + 1].depth >= depth:
        end += 1
    for position in range(start, end + 1):
        leaf = line.leaves[position]
        if leaf.depth == depth and leaf.token == ",":
            trailing = position == end and line.leaves[position - 1] is string
            if not trailing:
                return False
    return True


def can_be_split(line: Line) -> bool:
    """False where the line surely cannot be split (black's can_be_split)."""
    leaves = line.leaves
    if len(leaves) < 2:
        return False
    if leaves[0].kind == STRING and leaves[1].token == ".":
        call_count = 0
        dot_count = 0
        following = leaves[-1]
        for leaf in leaves[-2::-1]:
            if leaf.token in OPENING and leaf.kind == OP:
                if following.token not in CLOSING:
                    return False
                call_count += 1
            elif leaf.token == ".":
                dot_count += 1
            elif leaf.kind == NAME:
                if not (following.token == "." or following.token in OPENING):
                    return False
            elif leaf.token not in CLOSING:
                return False
            if dot_count > 1 and call_count > 1:
                return False
    return True


@dataclass
class RHSResult:
    head: Line
    body: Line
    tail: Line
    opening: Leaf
    closing: Leaf


HEAD, BODY, TAIL = range(3)


def build_line(leaves: list[Leaf], original: Line, opening: Leaf, component: int) -> Line:
    """A line of ``leaves`` with their comments (black's bracket_split_build_line)."""
    result = Line(original.style, original.depth)
    result.returns_pair = original.returns_pair
    if any(leaf is original.preferred for leaf in leaves):
        result.preferred = original.preferred
    if component == BODY:
        result.inside_brackets = True
        result.is_body = True
        result.depth += 1
    tracked: set[int] = set()
    if component == HEAD:
        tracked = leaves_inside_matching_brackets(leaves)
    for leaf in leaves:
        result.append(leaf, preformatted=True, track_bracket=id(leaf) in tracked)
        for comment in original.comments_after(leaf):
            result.append(comment, preformatted=True)
    if component == BODY and should_split_line(result, opening):
        result.should_split_rhs = True
    return result


def leaves_inside_matching_brackets(leaves: list[Leaf]) -> set[int]:
    ids: set[int] = set()
    try:
        start = next(
            i for i, leaf in enumerate(leaves) if leaf.token in OPENING and leaf.kind == OP
        )
    except StopIteration:
        return ids
    stack: list[tuple[str, list[int]]] = []
    for leaf in leaves[start:]:
        if leaf.token in OPENING and leaf.kind == OP:
            stack.append((OPENING[leaf.token], [id(leaf)]))
        elif leaf.token in CLOSING and leaf.kind == OP:
            if stack and leaf.token == stack[-1][0]:
                _, level = stack.pop()
                level.append(id(leaf))
                ids.update(level)
            else:
                break
        elif stack:
            stack[-1][1].append(id(leaf))
    return ids


def should_split_line(line: Line, opening: Leaf) -> bool:
    """Whether a body goes one element per line at once: a collection, or
    one with a magic trailing comma."""
    if not line.leaves:
        return False
    exclude: set[int] = set()
    trailing_comma = False
    last = line.leaves[-1]
    if last.token == ",":
        trailing_comma = True
        exclude.add(id(last))
    try:
        priority = line.tracker.max_priority(frozenset(exclude))
    except ValueError:
        return False
    return priority == COMMA_PRIORITY and (trailing_comma or not opening.trailer)


def first_right_hand_split(line: Line, omit: frozenset[int] = frozenset()) -> RHSResult:
    """Head, body and tail around the last opening bracket (not in ``omit``)."""
    tail_leaves: list[Leaf] = []
    body_leaves: list[Leaf] = []
    head_leaves: list[Leaf] = []
    current = tail_leaves
    opening: Leaf | None = None
    closing: Leaf | None = None
    for leaf in reversed(line.leaves):
        if current is body_leaves and leaf is opening:
            current = head_leaves if body_leaves else tail_leaves
        current.append(leaf)
        if (
            current is tail_leaves
            and leaf.token in CLOSING
            and leaf.kind == OP
            and id(leaf) not in omit
        ):
            opening = leaf.opening
            closing = leaf
            current = body_leaves
    if not (opening and closing and head_leaves):
        raise CannotSplit("no brackets found")
    tail_leaves.reverse()
    body_leaves.reverse()
    head_leaves.reverse()
    head = build_line(head_leaves, line, opening, HEAD)
    body = build_line(body_leaves, line, opening, BODY)
    tail = build_line(tail_leaves, line, opening, TAIL)
    split_succeeded_or_raise(head, body, tail)
    return RHSResult(head, body, tail, opening, closing)


def split_succeeded_or_raise(head: Line, body: Line, tail: Line) -> None:
    tail_length = len(str(tail).strip())
    if not body:
        if tail_length == 0:
            raise CannotSplit("splitting brackets produced the same line")
        if tail_length < 3:
            raise CannotSplit("splitting brackets on an empty body is not worth it")


def ensure_visible(leaf: Leaf) -> None:
    leaf.value = leaf.token


def maybe_split_omitting_optional_parens(
    rhs: RHSResult, line: Line, force_optional: bool, omit: frozenset[int]
) -> list[Line]:
    preferred = rhs.opening is line.preferred and _prefers_parens(rhs, line, omit)
    if (
        not force_optional
        and not preferred
        and rhs.opening.token == "("
        and not rhs.opening.value
        and rhs.closing.token == ")"
        and not rhs.closing.value
        and can_omit_invisible_parens(rhs)
    ):
        omit = omit | {id(rhs.closing)}
        try:
            rhs_oop = first_right_hand_split(line, omit)
            if prefer_split_rhs_oop_over_rhs(rhs_oop, rhs):
                return maybe_split_omitting_optional_parens(rhs_oop, line, force_optional, omit)
        except CannotSplit as error:
            if is_chained_assignment(line):
                pass
            elif not can_be_split(rhs.body) and not _split_fits(rhs):
                raise CannotSplit("the body is still too long and can't be split") from error
            elif rhs.head.contains_multiline_strings() or rhs.tail.contains_multiline_strings():
                raise CannotSplit("the head or tail holds a string spanning lines") from error
    ensure_visible(rhs.opening)
    ensure_visible(rhs.closing)
    return [part for part in (rhs.head, rhs.body, rhs.tail) if part]


def _split_fits(rhs: RHSResult) -> bool:
    """Whether a body that cannot split (a name, a literal) fits once the
    optional parentheses around it show: ruff splits there only then.  The
    comment after an assigned or returned leaf goes inside the parentheses,
    after it (it is moved there when it fits); any other stays after them."""
    comments = [c for leaf in rhs.tail.leaves for c in rhs.tail.comments_after(leaf)]
    counted = "".join("  " + c.value for c in comments if not is_pragma(c.value))
    if rhs.opening.holds_value and len(rhs.body.leaves) == 1:
        if not is_line_short_enough(rhs.body, rhs.body.measured() + counted):
            return False
        moved = rhs.tail.comments.pop(id(rhs.closing), [])
        rhs.body.comments.setdefault(id(rhs.body.leaves[-1]), []).extend(moved)
        return True
    tail = rhs.tail.measured() + rhs.closing.token  # the parenthesis shows
    return is_line_short_enough(rhs.body) and is_line_short_enough(rhs.tail, tail)


def _prefers_parens(rhs: RHSResult, line: Line, omit: frozenset[int]) -> bool:
    """Whether ruff puts what the optional parentheses hold (an assert's
    message) on lines of its own: the line they open fits, and splitting the
    message's own last brackets instead would not make the first line fit."""
    head = rhs.head.measured() + rhs.opening.token  # the parenthesis shows
    if not is_line_short_enough(rhs.head, head):
        return False
    if rhs.head.magic_trailing_comma is not None:
        return False  # the test splits anyway
    last = rhs.body.leaves[-1] if rhs.body.leaves else None
    if last is None or last.token not in CLOSING or not last.value:
        return True
    try:
        own = first_right_hand_split(line, omit | {id(rhs.closing)})
    except CannotSplit:
        return True
    return not (own.closing is last and is_line_short_enough(own.head))


def is_chained_assignment(line: Line) -> bool:
    """Black's test: more than one ``=`` (a keyword argument's counts)."""
    return sum(leaf.kind == OP and leaf.token == "=" for leaf in line.leaves) > 1


def prefer_split_rhs_oop_over_rhs(rhs_oop: RHSResult, rhs: RHSResult) -> bool:
    """Whether to split on the last bracket, leaving out the optional
    parentheses, rather than on those (black's _prefer_split_rhs_oop_over_rhs)."""
    if not (len(rhs.head.leaves) >= 2 and rhs.head.leaves[-2].token == "="):
        return True
    if not any(leaf.token in OPENING or leaf.token in CLOSING for leaf in rhs.head.leaves[:-1]):
        return True
    style = rhs.head.style
    shorter = Style(style.indent, style.unit, style.line_length - 1)
    head = rhs.head.measured()
    if width(head) > shorter.line_length or rhs.head.contains_standalone_comments():
        return True
    if rhs.head.magic_trailing_comma is not None:
        return True
    rhs_head_equals = [leaf.token for leaf in rhs.head.leaves].count("=")
    rhs_oop_head_equals = [leaf.token for leaf in rhs_oop.head.leaves].count("=")
    if rhs_head_equals > 1 and rhs_head_equals > rhs_oop_head_equals:
        return False
    has_closing_bracket_after_assign = False
    for leaf in reversed(rhs_oop.head.leaves):
        if leaf.token == "=":
            break
        if leaf.token in CLOSING:
            has_closing_bracket_after_assign = True
            break
    return has_closing_bracket_after_assign or (
        any(leaf.token == "=" for leaf in rhs_oop.head.leaves)
        and is_line_short_enough(rhs_oop.head)
    )


def can_omit_invisible_parens(rhs: RHSResult) -> bool:
    """Whether the body reads well without its optional parentheses
    (black's can_omit_invisible_parens)."""
    line = rhs.body
    line_length = line.style.line_length
    if rhs.head.comments_after(rhs.opening):
        return False
    closing: Leaf | None = None
    for leaf in reversed(line.leaves):
        if closing and leaf is closing.opening:
            closing = None
        if leaf.kind == STANDALONE and not closing:
            return False
        if not closing and leaf.token in CLOSING and leaf.opening in line.leaves and leaf.value:
            closing = leaf
    tracker = line.tracker
    if not tracker.delimiters:
        return True
    max_priority = tracker.max_priority()
    count = tracker.count(max_priority)
    if count > 1:
        return False
    if max_priority == COMMA_PRIORITY:
        # A tuple: ruff leaves out the parentheses only around a pair that
        # is returned, where the pair's brackets can split.
        return count == 1 and rhs.head.returns_pair
    if max_priority == DOT_PRIORITY:
        return True
    if len(line.leaves) < 2:
        return False
    first, second = line.leaves[0], line.leaves[1]
    if (
        first.token in OPENING
        and first.kind == OP
        and second.token not in CLOSING
        and _can_omit_opening_paren(line, first, line_length)
    ):
        return True
    penultimate, last = line.leaves[-2], line.leaves[-1]
    if last.token in (")", "}") or (last.token == "]" and not last.trailer):
        if penultimate.token in OPENING:
            return False
        if first.multiline:
            return True
        if _can_omit_closing_paren(line, last, line_length):
            return True
    return False


def _can_omit_opening_paren(line: Line, first: Leaf, line_length: int) -> bool:
    remainder = False
    length = line.style.indent_width(line.depth)
    seen = -1
    for index, leaf, leaf_length in line.enumerate_with_length():
        seen = index
        if leaf.token in CLOSING and leaf.opening is first:
            remainder = True
        if remainder:
            length += leaf_length
            if length > line_length:
                break
            if leaf.token in OPENING:
                remainder = False
    else:
        # checked the entire line and it was not too long
        return len(line.leaves) == seen + 1
    return False


def _can_omit_closing_paren(line: Line, last: Leaf, line_length: int) -> bool:
    length = line.style.indent_width(line.depth)
    seen_other_brackets = False
    for _, leaf, leaf_length in line.enumerate_with_length():
        length += leaf_length
        if leaf is last.opening:
            if seen_other_brackets or length <= line_length:
                return True
        elif leaf.token in OPENING:
            seen_other_brackets = True
    return False


def generate_trailers_to_omit(line: Line) -> Iterator[frozenset[int]]:
    """Growing sets of closing brackets to leave out of a right-hand split:
    trailers that fit on the last line."""
    omit: set[int] = set()
    if not line.magic_trailing_comma:
        yield frozenset(omit)
    length = line.style.indent_width(line.depth)
    opening: Leaf | None = None
    closing: Leaf | None = None
    inner_brackets: set[int] = set()
    for index, leaf, leaf_length in line.enumerate_with_length(reverse=True):
        length += leaf_length
        if length > line.style.line_length:
            break
        has_inline_comment = leaf_length > len(leaf.value) + len(leaf.prefix)
        # The comment after a statement is no trailer's (ruff): it stays last.
        trails = index == len(line.leaves) - 1 and not line.inside_brackets
        if leaf.kind == STANDALONE or (has_inline_comment and not trails):
            break
        if opening:
            if leaf is opening:
                opening = None
            elif leaf.token in CLOSING:
                previous = line.leaves[index - 1] if index > 0 else None
                if (
                    previous
                    and previous.token == ","
                    and leaf.opening is not None
                    and not one_sequence_between(leaf.opening, leaf, line.leaves, "(")
                ):
                    break
                inner_brackets.add(id(leaf))
        elif leaf.token in CLOSING:
            previous = line.leaves[index - 1] if index > 0 else None
            if previous and previous.token in OPENING:
                inner_brackets.add(id(leaf))
                continue
            if closing:
                omit.add(id(closing))
                omit.update(inner_brackets)
                inner_brackets.clear()
                yield frozenset(omit)
            if (
                previous
                and previous.token == ","
                and leaf.opening is not None
                and not one_sequence_between(leaf.opening, leaf, line.leaves, "(")
            ):
                break
            if leaf.value:
                opening = leaf.opening
                closing = leaf


def right_hand_split(line: Line, force_optional: bool) -> list[Line]:
    """Split on the last bracket pair, leaving out trailers that fit (black's
    right_hand_split_with_omits)."""
    prefix_lengths: dict[int, int] = {}
    length = line.style.indent_width(line.depth)
    for leaf in line.leaves:
        prefix_lengths[id(leaf)] = length
        length += len(leaf.prefix) + len(leaf.value)
    first_lines: list[Line] | None = None
    for omit in generate_trailers_to_omit(line):
        if omit:
            target: Leaf | None = None
            for leaf in reversed(line.leaves):
                if leaf.token in CLOSING and id(leaf) not in omit:
                    target = leaf.opening
                    break
            if (
                target is not None
                and target.value
                and prefix_lengths.get(id(target), 0) > line.style.line_length
            ):
                continue
        lines = maybe_split_omitting_optional_parens(
            first_right_hand_split(line, omit), line, force_optional, omit
        )
        if first_lines is None and not omit:
            first_lines = lines
        if is_line_short_enough(lines[0]):
            return lines
    if first_lines is not None:
        return first_lines
    return maybe_split_omitting_optional_parens(
        first_right_hand_split(line), line, force_optional, frozenset()
    )


def delimiter_split(line: Line) -> list[Line]:
    """One line per element, at the delimiters of the highest priority."""
    if not line.leaves:
        raise CannotSplit("empty line")
    last_leaf = line.leaves[-1]
    tracker = line.tracker
    try:
        priority = tracker.max_priority(frozenset({id(last_leaf)}))
    except ValueError:
        raise CannotSplit("no delimiters found") from None
    if priority == DOT_PRIORITY and tracker.count(priority) == 1:
        raise CannotSplit("splitting a single attribute from its owner looks wrong")
    result: list[Line] = []
    current = Line(line.style, line.depth, line.inside_brackets)

    def append_to_line(leaf: Leaf) -> None:
        nonlocal current
        try:
            current.append_safe(leaf)
        except ValueError:
            result.append(current)
            current = Line(line.style, line.depth, line.inside_brackets)
            current.append(leaf)

    def append_comments(leaf: Leaf) -> None:
        for comment in line.comments_after(leaf):
            append_to_line(comment)

    last_non_comment = max(
        (i for i, leaf in enumerate(line.leaves) if leaf.kind != STANDALONE and i > 0),
        default=None,
    )
    migrate = priority in (STRING_PRIORITY, COMMA_PRIORITY)
    for index, leaf in enumerate(line.leaves):
        append_to_line(leaf)
        previous_priority = index > 0 and tracker.delimiters.get(id(line.leaves[index - 1]))
        if previous_priority != priority or migrate:
            append_comments(leaf)
        if last_leaf.kind == STANDALONE and index == last_non_comment:
            _add_trailing_comma(priority, current)
        if tracker.delimiters.get(id(leaf)) == priority:
            if index + 1 < len(line.leaves) and not migrate:
                append_comments(line.leaves[index + 1])
            result.append(current)
            current = Line(line.style, line.depth, line.inside_brackets)
    if current:
        _add_trailing_comma(priority, current)
        result.append(current)
    for split in result:
        if split.leaves:
            split.leaves[0].prefix = ""
    return result


def _add_trailing_comma(priority: int, line: Line) -> None:
    if (
        priority == COMMA_PRIORITY
        and line.leaves
        and line.leaves[-1].token != ","
        and line.leaves[-1].kind != STANDALONE
    ):
        line.append(Leaf(OP, ",", ","))


def standalone_comment_split(line: Line) -> list[Line]:
    """Own-line comments on lines of their own."""
    if not line.contains_standalone_comments():
        raise CannotSplit("no standalone comments")
    result: list[Line] = []
    current = Line(line.style, line.depth, line.inside_brackets)

    def append_to_line(leaf: Leaf) -> None:
        nonlocal current
        try:
            current.append_safe(leaf)
        except ValueError:
            result.append(current)
            current = Line(line.style, line.depth, line.inside_brackets)
            current.append(leaf)

    for leaf in line.leaves:
        append_to_line(leaf)
        for comment in line.comments_after(leaf):
            append_to_line(comment)
    if current:
        result.append(current)
    for split in result:
        if split.leaves:
            split.leaves[0].prefix = ""
    return result


def transform_line(line: Line, force_optional: bool = False) -> list[Line]:
    """``line`` split into lines that fit where they can (black's transform_line)."""
    if line.is_comment:
        return [line]
    line_str = str(line)
    fits = (
        not line.should_split_rhs
        and not line.magic_trailing_comma
        and is_line_short_enough(line)
        and not (line.inside_brackets and line.contains_standalone_comments())
        and not line.inner_comment()
    )
    if fits and not line.comment_in_body():
        return [line]
    if fits:
        transformers = [delimiter_split]  # (as ruff) a comment expands its group
    elif line.inside_brackets:
        transformers = [delimiter_split, standalone_comment_split, _rhs]
    else:
        transformers = [_rhs]
    for transform in transformers:
        try:
            return run_transformer(line, transform, line_str, force_optional)
        except CannotSplit:
            continue
    return [line]


def _rhs(line: Line, force_optional: bool = False) -> list[Line]:
    return right_hand_split(line, force_optional)


def run_transformer(
    line: Line, transform: object, line_str: str, force_optional: bool
) -> list[Line]:
    if transform is _rhs:
        lines = _rhs(line, force_optional)
    elif transform is delimiter_split:
        lines = delimiter_split(line)
    else:
        lines = standalone_comment_split(line)
    result: list[Line] = []
    for transformed in lines:
        if str(transformed) == line_str:
            raise CannotSplit("the line transformer returned an unchanged result")
        result.extend(transform_line(transformed, force_optional))
    optional = [b for b in line.tracker.invisible if b.depth == 0]
    if (
        force_optional
        or transform is not _rhs
        or not line.tracker.invisible
        or any(bracket.value for bracket in optional)
        or line.contains_multiline_strings()
        or is_line_short_enough(result[0])
    ):
        return result
    # A second opinion: with the optional parentheses.
    copy = line.clone()
    copy_leaves(copy, line)
    second = run_transformer(copy, transform, line_str, True)
    if all(is_line_short_enough(split) for split in second if not split.is_comment):
        return second
    return result


def copy_leaves(new: Line, old: Line) -> None:
    """Fresh copies of ``old``'s leaves on ``new``, marked again."""
    for leaf in old.leaves:
        copy = Leaf(
            leaf.kind,
            leaf.token,
            leaf.value,
            leaf.space,
            leaf.space,
            leaf.math,
            leaf.before,
            leaf.comparison,
            leaf.trailer,
            leaf.arglist,
            leaf.holds_value,
        )
        new.append(copy)
        for comment in old.comments_after(leaf):
            new.append(comment, preformatted=True)


# --- reading the statement ---------------------------------------------------


@dataclass
class _Token:
    kind: int
    text: str
    start: tuple[int, int]
    end: tuple[int, int]
    leaf: Leaf


# Keywords that start a compound statement's header this module lays out.
_HEADERS = frozenset({"if", "elif", "while", "for", "with", "except", "async"})
_COMPOUND = (ast.If, ast.For, ast.AsyncFor, ast.While, ast.With, ast.AsyncWith, ast.Try)
# Statements it does not: their layout has rules of its own.
_UNSUPPORTED = frozenset({"def", "class", "match", "case", "import", "from", "@", "else", "try"})


def _rows(text: str) -> list[str]:
    """The lines of ``text`` as tokenize and ast number them."""
    return io.StringIO(text).readlines()


def _tokens(text: str) -> list[_Token]:
    """The tokens of one logical line (an f-string is one token)."""
    if "\r" in text.replace("\r\n", ""):
        raise Unsupported("a lone carriage return")
    lines = _rows(text)
    tokens: list[_Token] = []
    nested: list[tokenize.TokenInfo] = []  # the starts of open f-strings
    ended = False
    try:
        for info in tokenize.generate_tokens(io.StringIO(text).readline):
            name = tokenize.tok_name[info.type]
            if name in ("FSTRING_START", "TSTRING_START"):
                nested.append(info)
                continue
            if nested:
                if name in ("FSTRING_END", "TSTRING_END"):
                    start = nested.pop().start
                    if not nested:
                        value = _slice(lines, start, info.end)
                        tokens.append(
                            _Token(STRING, value, start, info.end, Leaf(STRING, value, value))
                        )
                continue
            kind = _KINDS.get(info.type)
            if info.type == tokenize.NEWLINE:
                ended = True
            elif kind is None:
                if info.type == tokenize.ERRORTOKEN:
                    raise Unsupported("a token Python does not know")
            elif (ended and kind != COMMENT) or info.string == ";":
                raise Unsupported("more than one statement")
            else:
                leaf = Leaf(
                    kind, info.string, info.string.rstrip() if kind == COMMENT else info.string
                )
                tokens.append(_Token(kind, info.string, info.start, info.end, leaf))
    except (tokenize.TokenError, SyntaxError) as error:
        raise Unsupported(f"does not tokenize: {error}") from None
    return tokens


_KINDS = {
    tokenize.NAME: NAME,
    tokenize.NUMBER: NUMBER,
    tokenize.STRING: STRING,
    tokenize.OP: OP,
    tokenize.COMMENT: COMMENT,
}


def _slice(lines: list[str], start: tuple[int, int], end: tuple[int, int]) -> str:
    if start[0] == end[0]:
        return lines[start[0] - 1][start[1] : end[1]]
    parts = [lines[start[0] - 1][start[1] :], *lines[start[0] : end[0] - 1]]
    parts.append(lines[end[0] - 1][: end[1]])
    return "".join(parts)


@dataclass
class Statement:
    """One logical line read from its source: its leaves (own-line
    comments among them), the comments after each leaf, and its tree."""

    text: str
    tokens: list[_Token]  # the code's, comments left out
    leaves: list[Leaf]
    comments: dict[int, list[Leaf]]  # by id() of the leaf they follow
    node: ast.AST  # a statement, or an except clause
    above: str  # what parsing a header needs above and below it
    below: str

    def parse(self, text: str) -> ast.AST:
        """The statement ``text`` (this one, laid out), parsed as this one is."""
        module = ast.parse(self.above + text + self.below)
        return _statement(module, self.above)


def _statement(module: ast.Module, above: str) -> ast.AST:
    node = module.body[-1]
    if above.startswith("try"):
        assert isinstance(node, ast.Try)
        return node.handlers[0]
    if above:
        assert isinstance(node, ast.If)
        return node.orelse[0]
    return node


def read(text: str) -> Statement:
    """The statement ``text`` (one logical line) as leaves."""
    if "fmt:" in text:
        raise Unsupported("a formatter directive")
    tokens = _tokens(text)
    code = [t for t in tokens if t.kind != COMMENT]
    if not code:
        raise Unsupported("no code")
    first = code[0].text
    if first in _UNSUPPORTED or (first == "async" and len(code) > 1 and code[1].text == "def"):
        raise Unsupported(f"a {first} statement")
    above = below = ""
    if code[-1].text == ":" and first in _HEADERS:
        below = "\n pass\n"
        above = {"elif": "if 0:\n pass\n", "except": "try:\n pass\n"}.get(first, "")
    try:
        node = _statement(ast.parse(above + text + below), above)
    except (SyntaxError, ValueError, RecursionError, MemoryError) as error:
        raise Unsupported(f"does not parse: {error}") from None
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        raise Unsupported("a definition")
    if not below and isinstance(node, _COMPOUND):
        raise Unsupported("a compound statement with its body on its line")
    statement = Statement(text, code, [], {}, node, above, below)
    rows = _rows(text)
    previous: _Token | None = None
    for token in tokens:
        leaf = token.leaf
        same_row = previous is not None and previous.end[0] == token.start[0]
        if token.kind == COMMENT:
            if same_row and statement.leaves:
                statement.comments.setdefault(id(statement.leaves[-1]), []).append(leaf)
            else:
                leaf.kind = STANDALONE
                statement.leaves.append(leaf)
        else:
            if previous is None:
                leaf.prefix = ""
            elif same_row and previous.kind != COMMENT:
                leaf.prefix = rows[token.start[0] - 1][previous.end[1] : token.start[1]]
            else:
                leaf.prefix = "\n"  # joined from another line: spacing comes later
            statement.leaves.append(leaf)
        previous = token
    _Classifier(statement).classify()
    _link_brackets(statement.leaves)
    _spacing(statement.leaves)
    return statement


class _Classifier:
    """Tells apart what black tells apart by the parse tree: a binary
    operator from a unary one or an unpacking, a comparison's ``in`` from a
    loop's, a comprehension's ``if`` from a conditional expression's, a
    call's parentheses from a tuple's."""

    def __init__(self, statement: Statement) -> None:
        self.statement = statement
        self.tokens = statement.tokens
        self.lines = _rows(statement.above + statement.text)
        self.offset = statement.above.count("\n")
        self.starts = [token.start for token in self.tokens]

    def position(self, line: int, byte_col: int) -> tuple[int, int]:
        text = self.lines[line - 1] if 0 < line <= len(self.lines) else ""
        if not text.isascii():
            byte_col = len(text.encode("utf-8")[:byte_col].decode("utf-8", "replace"))
        return line - self.offset, byte_col

    def at_or_after(self, position: tuple[int, int]) -> int:
        return bisect_left(self.starts, position)

    def first(self, node: ast.AST) -> int:
        """The index of the first token of ``node`` (inside its parentheses)."""
        return self.at_or_after(self.position(node.lineno, node.col_offset))  # type: ignore[attr-defined]

    def after(self, node: ast.AST) -> int:
        """The index of the first token after ``node`` and its closing parentheses."""
        end = self.position(node.end_lineno, node.end_col_offset)  # type: ignore[attr-defined]
        index = self.at_or_after(end)
        while index < len(self.tokens) and self.tokens[index].text == ")":
            index += 1
        return index

    def before(self, node: ast.AST) -> int:
        """The index of the token before ``node`` and its opening parentheses."""
        index = self.first(node) - 1
        while index >= 0 and self.tokens[index].text == "(":
            index -= 1
        return index

    def leaf(self, index: int, *values: str) -> Leaf | None:
        if 0 <= index < len(self.tokens) and self.tokens[index].text in values:
            return self.tokens[index].leaf
        return None

    def classify(self) -> None:
        for node in _walk(self.statement.node):
            if isinstance(node, ast.BinOp):
                leaf = self.leaf(self.after(node.left), *MATH_PRIORITIES)
                if leaf is not None:
                    leaf.math = MATH_PRIORITIES[leaf.token]
            elif isinstance(node, ast.Compare):
                for operand, op in zip([node.left, *node.comparators], node.ops, strict=False):
                    if isinstance(op, (ast.In, ast.NotIn, ast.IsNot)):
                        index = self.after(operand)
                        for leaf in (
                            self.leaf(index, "in", "not"),
                            self.leaf(index + 1, "in", "not"),
                        ):
                            if leaf is not None:
                                leaf.comparison = True
            elif isinstance(node, ast.IfExp):
                for part in (node.body, node.test):
                    leaf = self.leaf(self.after(part), "if", "else")
                    if leaf is not None:
                        leaf.before = TERNARY_PRIORITY
            elif isinstance(node, ast.comprehension):
                index = self.before(node.target)
                keyword = (
                    self.leaf(index - 1, "async") if node.is_async else self.leaf(index, "for")
                )
                if keyword is not None:
                    keyword.before = COMPREHENSION_PRIORITY
                for condition in node.ifs:
                    leaf = self.leaf(self.before(condition), "if")
                    if leaf is not None:
                        leaf.before = COMPREHENSION_PRIORITY
            elif isinstance(node, ast.Call):
                leaf = self.leaf(self.after(node.func), "(")
                if leaf is not None:
                    leaf.trailer = True
            elif isinstance(node, ast.Subscript):
                leaf = self.leaf(self.after(node.value), "[")
                if leaf is not None:
                    leaf.trailer = True

    def children(self) -> list[tuple[int, int, bool]]:
        """Where black puts optional parentheses: (first token, token after
        the last, whether it is a for loop's target)."""
        node, end = self.statement.node, len(self.tokens)
        header_end = end - 1 if self.tokens[-1].text == ":" else end
        if isinstance(node, ast.Assign):
            signs = [self.after(target) for target in node.targets]
            return [(s + 1, e, False) for s, e in zip(signs, [*signs[1:], end], strict=True)]
        if isinstance(node, ast.AugAssign):
            return [(self.after(node.target) + 1, end, False)]
        if isinstance(node, ast.AnnAssign) and node.value is not None:
            return [(self.after(node.annotation) + 1, end, False)]
        if (isinstance(node, ast.Return) and node.value is not None) or isinstance(
            node, ast.Delete
        ):
            return [(1, end, False)]
        if isinstance(node, ast.Assert):
            comma = self.after(node.test)
            return [(1, comma, False)] + ([(comma + 1, end, False)] if node.msg else [])
        if isinstance(node, (ast.If, ast.While)):
            return [(1, header_end, False)]
        if isinstance(node, (ast.For, ast.AsyncFor)):
            start = 2 if isinstance(node, ast.AsyncFor) else 1
            in_index = self.after(node.target)
            return [(start, in_index, True), (in_index + 1, header_end, False)]
        if isinstance(node, ast.ExceptHandler) and node.type is not None:
            return [(1, self.after(node.type), False)]
        return []


def _walk(node: ast.AST) -> Iterator[ast.AST]:
    """``ast.walk``, but for what is inside f-strings (one token here)."""
    stack = [node]
    while stack:
        node = stack.pop()
        yield node
        if not isinstance(node, ast.JoinedStr):
            stack.extend(ast.iter_child_nodes(node))


def _link_brackets(leaves: list[Leaf]) -> None:
    """Closing brackets learn whether they close a call or subscript; commas
    whether they separate a call's arguments."""
    stack: list[Leaf] = []
    for leaf in leaves:
        if leaf.kind != OP:
            continue
        if leaf.token in OPENING:
            stack.append(leaf)
        elif leaf.token in CLOSING and stack:
            leaf.trailer = stack.pop().trailer
        elif leaf.token == ",":
            leaf.arglist = bool(stack) and stack[-1].token == "(" and stack[-1].trailer


def _spacing(leaves: list[Leaf]) -> None:
    """Black's spacing around brackets and commas, and between tokens that
    were on different lines; the source's elsewhere."""
    code = [leaf for leaf in leaves if leaf.kind != STANDALONE]
    depth = 0
    for index, leaf in enumerate(code):
        previous = code[index - 1] if index else None
        if (
            previous is None
            or (previous.kind == OP and previous.token in OPENING)
            or (leaf.kind == OP and (leaf.token in CLOSING or leaf.token == ","))
        ):
            leaf.prefix = ""
        elif "\n" in leaf.prefix:
            leaf.prefix = _join(previous, leaf, depth)
        leaf.space = leaf.prefix
        if leaf.kind == OP and leaf.token in OPENING:
            depth += 1
        elif leaf.kind == OP and leaf.token in CLOSING:
            depth -= 1


def _join(previous: Leaf, leaf: Leaf, depth: int) -> str:
    """The space between two leaves joined onto one line."""
    if leaf.kind == OP and (
        leaf.token in (".", ":") or (leaf.token in ("(", "[") and leaf.trailer)
    ):
        return ""
    if previous.kind == OP and previous.token == ".":
        return ""
    if previous.kind == OP and previous.token in ("-", "+", "~", "*", "**") and not previous.math:
        return ""  # a unary operator, an unpacking
    if depth and "=" in (previous.token, leaf.token) and OP in (previous.kind, leaf.kind):
        return ""  # a keyword argument
    return " "


# --- optional parentheses ----------------------------------------------------


def _optional_parens(statement: Statement, classifier: _Classifier) -> None:
    """Black's optional parentheses around an assignment's value, a return
    value, a condition, a for loop's target and iterable, ...; redundant
    parentheses there become optional ones."""
    value = isinstance(statement.node, (ast.Assign, ast.AnnAssign, ast.AugAssign, ast.Return))
    for start, end, target in reversed(classifier.children()):
        # The keyword or sign before the child is spaced on both sides.
        sign = statement.tokens[start - 1] if 0 < start <= len(statement.tokens) else None
        if sign is not None and sign.kind == OP and sign.text.endswith("="):
            sign.leaf.prefix = sign.leaf.space = " "
        if start < end:
            first = statement.tokens[start].leaf
            first.prefix = first.space = " "
        _wrap(statement, start, end, target, value)


def _close_after(tokens: list[_Token], opening: int) -> int:
    """The index after the bracket that closes the one at ``opening``."""
    depth = 0
    for index in range(opening, len(tokens)):
        token = tokens[index]
        if token.kind == OP and token.text in OPENING:
            depth += 1
        elif token.kind == OP and token.text in CLOSING:
            depth -= 1
            if depth == 0:
                return index + 1
    return len(tokens)


def _wrap(statement: Statement, start: int, end: int, target: bool, value: bool) -> None:
    tokens = statement.tokens
    if start >= end:
        return
    first, last = tokens[start].leaf, tokens[end - 1].leaf
    if end - start == 1 and first.multiline:
        return
    if first.token == "(" and _close_after(tokens, start) == end:
        # The child's own parentheses (and those nested in them) turn optional.
        while _can_hide(statement, start, end, target):
            tokens[start].leaf.value = ""
            tokens[start].leaf.holds_value = value
            tokens[end - 1].leaf.value = ""
            start, end = start + 1, end - 1
            if not (tokens[start].text == "(" and _close_after(tokens, start) == end):
                break
        return
    opening = Leaf(OP, "(", "", first.prefix, first.prefix, holds_value=value)
    first.prefix = first.space = ""
    closing = Leaf(OP, ")", "")
    if id(last) in statement.comments:  # the comment after the statement
        statement.comments[id(closing)] = statement.comments.pop(id(last))
    leaves = statement.leaves
    leaves.insert(leaves.index(last) + 1, closing)
    leaves.insert(leaves.index(first), opening)


def _can_hide(statement: Statement, start: int, end: int, target: bool) -> bool:
    """Whether the parentheses around tokens[start + 1:end - 1] may become
    optional (black's maybe_make_parens_invisible_in_atom)."""
    tokens = statement.tokens
    inner = tokens[start + 1 : end - 1]
    if not inner:
        return False  # ()
    depth = commas = 0
    for token in inner:
        if token.kind == OP and token.text in OPENING:
            depth += 1
        elif token.kind == OP and token.text in CLOSING:
            depth -= 1
        elif depth == 0 and token.text == "," and token.kind == OP:
            commas += 1
        elif depth == 0 and (
            token.text in ("for", "yield", ":=") or (token.text == "*" and not token.leaf.math)
        ):
            return False  # a generator, a yield, an assignment expression, an unpacking
    if commas and (not target or (commas == 1 and inner[-1].text == ",")):
        return False  # a tuple
    # Parentheses that hold a comment stay, as ruff keeps them.
    leaves = statement.leaves
    inside = leaves[leaves.index(tokens[start].leaf) : leaves.index(tokens[end - 1].leaf)]
    return not any(leaf.kind == STANDALONE or id(leaf) in statement.comments for leaf in inside)


# --- the entry point ---------------------------------------------------------


def layout(text: str, indent: str, unit: str, line_length: int, newline: str = "\n") -> str:
    """``text``, one statement or compound statement header (one logical
    line, with the comment after it), laid out as black lays it out.

    ``indent`` is the statement's indentation: the first line of the result
    goes where ``text`` starts and has none; the lines after it start with
    ``indent`` and levels of ``unit``.  Raises Unsupported for a statement
    this does not lay out.
    """
    try:
        return _layout(text, indent, unit, line_length, newline)
    except (CannotSplit, RecursionError) as error:
        raise Unsupported(f"cannot split: {error}") from None
    except (ValueError, IndexError, KeyError, AssertionError) as error:
        # A case this port gets wrong must not cost the fix: the caller
        # keeps the fix's text as it is.
        raise Unsupported(f"internal error: {error!r}") from None


def _layout(text: str, indent: str, unit: str, line_length: int, newline: str) -> str:
    statement = read(text)
    _optional_parens(statement, _Classifier(statement))
    line = Line(Style(indent, unit, line_length))
    line.is_with = isinstance(statement.node, (ast.With, ast.AsyncWith))
    value = getattr(statement.node, "value", None)
    line.returns_pair = (
        isinstance(statement.node, ast.Return)
        and isinstance(value, ast.Tuple)
        and len(value.elts) == 2
        and not (
            statement.tokens[1].text == "("
            and _close_after(statement.tokens, 1) == len(statement.tokens)
        )
    )
    if isinstance(statement.node, ast.Assert) and statement.node.msg is not None:
        # Ruff breaks an assert's message, in parentheses, before its test.
        line.preferred = _message_parens(statement)
    for leaf in statement.leaves:
        line.append(leaf)
        for comment in statement.comments.get(id(leaf), []):
            line.append(comment)
    lines = transform_line(line)
    result = newline.join(str(split).rstrip() for split in lines)[len(indent) :]
    _check(statement, result)
    return result


def _message_parens(statement: Statement) -> Leaf | None:
    """The optional parentheses around an assert's message, if it has them."""
    leaves = [leaf for leaf in statement.leaves if leaf.kind != STANDALONE]
    last = leaves[-1]
    if last.token != ")" or last.value:
        return None
    depth = 0
    for leaf in reversed(leaves):
        if leaf.token in CLOSING and leaf.kind == OP:
            depth += 1
        elif leaf.token in OPENING and leaf.kind == OP:
            depth -= 1
            if depth == 0:
                return leaf
    return None


def _check(statement: Statement, result: str) -> None:
    """The layout changed nothing but spacing, optional parentheses and
    trailing commas: the same code, the same comments in the same order."""

    def comments(text: str) -> list[str]:
        return [t.text.rstrip() for t in _tokens(text) if t.kind == COMMENT]

    try:
        same = ast.dump(statement.parse(result)) == ast.dump(statement.node)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        same = False
    if not same or comments(result) != comments(statement.text):
        raise Unsupported("the layout would change the code")
