"""Metamorphic tests: a sample of the corpus, each variation alone.

A variation of ``metamorphic.VARIATIONS`` rewrites a case without changing
what it does (``metamorphic_check`` discards a variant that behaves
differently).  The claim under test is the analysis's own: it follows
values, not shapes, so the verdict must not change.  Whatever the variant,
a safe fix keeps behaviour and a trap gets none: those never fail
expectedly.  A positive stays flagged with its label's statuses: where
today's analysis falls short, ``KNOWN_MISSES`` says so (strict xfail: when
the analysis catches up, the entry must go).  The whole corpus, in pairs
too: ``benchmarks/metamorphic.py``.
"""

from __future__ import annotations

from functools import cache

import pytest
from corpus_cases import CASES
from metamorphic import VARIATIONS, combinations
from metamorphic_check import (
    POSITIVE,
    TRAP,
    Subject,
    Verdict,
    behaviour_change,
    judge,
    subject,
    variants,
)

SAMPLE = (
    "namespaced/any",
    "namespaced/loop_job_none",
    "namespaced/next_default_none",
    "namespaced/dict_by_name_get",
    "namespaced/method_on_self",
    "namespaced/filter_index_0",
    "all_namespaces/all_namespaces_name_only",
    "cluster/node_loop",
    "custom_objects/custom_namespaced_loop",
    "dynamic/dynamic_any",
    "dynamic/dynamic_namespace_variable",
    "asyncio/async_loop",
    "dataflow/local_list_then_loop",
    "selectors/label_selector",
    "realistic/airflow_job_exists",
    "realistic/spawner_async_try_except_map",
    # Traps.
    "negatives/label_filter",
    "negatives/prefix",
    "traps/client_beside_a_wrapper",
    "realistic/admin_check_many_names_clean",
    "dataflow/list_used_again",
    "review/retry_loop_reads_last_item",
)


def _subjects() -> dict[str, Subject]:
    by_name = {case.name: case for case in CASES}
    prepared = {name: subject(by_name[name]) for name in SAMPLE}
    missing = [name for name, s in prepared.items() if s is None]
    assert not missing, f"sample cases that get no variants: {missing}"
    return {name: s for name, s in prepared.items() if s is not None}


SUBJECTS = _subjects()
# Made at collection (the transforms alone): which variations apply where.
VARIANTS = {
    (name, variations[0]): files
    for name, prepared in SUBJECTS.items()
    for variations, files in variants(prepared, combinations(pairs=False))
}


POSITIVES = [name for name, prepared in SUBJECTS.items() if prepared.role == POSITIVE]


def _missed(variation: str, reason: str, *cases: str) -> dict[tuple[str, str], str]:
    """The cases (default: every sampled positive the variation applies to)."""
    names = cases or [name for name in POSITIVES if (name, variation) in VARIANTS]
    return {(name, variation): reason for name in names}


# (case, variation): how today's analysis falls short of keeping the positive
# flagged and fixed as labelled, and why.  Strict: remove an entry when its
# test passes (turn a variation's "every positive" into the list left).
KNOWN_MISSES: dict[tuple[str, str], str] = {}


@cache
def verdict(name: str, variation: str) -> Verdict:
    return judge(SUBJECTS[name], (variation,), VARIANTS[name, variation])


def _keys(role: str | None = None) -> list[tuple[str, str]]:
    return [key for key in VARIANTS if role is None or SUBJECTS[key[0]].role == role]


def _params(
    role: str | None = None, known: dict[tuple[str, str], str] | None = None
) -> list[object]:
    """One param per variant; with ``known``, those listed fail strictly."""
    return [
        pytest.param(
            *key,
            id=f"{key[0]}-{key[1]}",
            marks=[pytest.mark.xfail(strict=True, reason=known[key])]
            if known and key in known
            else [],
        )
        for key in _keys(role)
    ]


def kept(name: str, variation: str) -> Verdict:
    found = verdict(name, variation)
    if not found.preserved:
        pytest.skip("the variant does not behave as the original: no claim to test")
    assert found.error is None, found.error
    return found


def test_every_variation_applies_to_the_sample() -> None:
    """A transform that stopped finding its spot would test nothing."""
    applied = {variation for _, variation in VARIANTS}
    assert applied == {v.name for v in VARIATIONS}


def test_the_behaviour_check_sees_a_change() -> None:
    """A "fix" that inverts the answer is caught: the check is not vacuous."""
    files = SUBJECTS["namespaced/any"].files
    ((filename, source),) = files.items()
    inverted = {filename: source.replace("return any(", "return not any(")}
    assert behaviour_change(files, files) is None
    assert behaviour_change(files, inverted) is not None


def test_known_misses_are_sampled_positives() -> None:
    assert set(KNOWN_MISSES) <= set(_keys(POSITIVE))


@pytest.mark.parametrize(("name", "variation"), _params())
def test_safe_fix_keeps_behaviour(name: str, variation: str) -> None:
    """Never expected to fail: a safe fix that changes behaviour is a bug."""
    found = kept(name, variation)
    assert found.changed is None, f"{found.changed}\n{found.diff}"


@pytest.mark.parametrize(("name", "variation"), _params(TRAP))
def test_trap_stays_unfixed(name: str, variation: str) -> None:
    assert not kept(name, variation).safe_fix


@pytest.mark.parametrize(("name", "variation"), _params(POSITIVE, KNOWN_MISSES))
def test_positive_stays_flagged_and_fixed(name: str, variation: str) -> None:
    found = kept(name, variation)
    assert found.flagged, "not flagged"
    assert found.statuses == found.expected, found.reasons
