"""Every rule runs in linear time on pathological input: t(4N) / t(N) stays far below 16.

The inputs come from ``tests/pathological_cases.py`` (``bench/pathological.py`` runs the
same cases at large sizes): for every rule family, a small notice that makes the
family's triggers fire, with one pathological payload of N characters in it: runs of each
ASCII and full-width mark, of spaces, digits, brackets, quotes; markup that never closes
or nests deep; user phrases that contain each other.

A linear rule takes about 4 times as long at 4N, a quadratic one about 16 times, an
exponential one never finishes (the deadline makes that a failure, not a hang). The
timings are CPU time of one run each and t(N) is floored; a ratio near the bound is
measured again as the fastest of three runs, and a ratio still above it once more one size
step up (4N to 16N), where fixed costs no longer hide the growth, before the test fails:
this is a benchmark-style check of growth, not a wall-clock assertion.
"""

from __future__ import annotations

import signal

import pytest

from cleaner.pipeline import rule_id
from pathological_cases import CASES, Case, best_time, deadline

N = 2000  # payload characters: small enough for CI, large enough that a quadratic rule shows
BOUND = 8  # linear: about 4; quadratic: about 16
FLOOR = 0.01  # seconds: below this, t(N) of the whole pipeline is noise, not cost
RULE_FLOOR = 0.002  # the same for one rule alone
DEADLINE = 30  # CPU seconds per case and run


def _growth(case: Case, rule, floor: float, n: int, repeats: int) -> tuple[float, float, float]:
    with deadline(DEADLINE * repeats):  # per run: a blow-up never finishes, a heavy linear case does
        small = best_time(case, n, repeats, rule)
        large = best_time(case, 4 * n, repeats, rule)
    return large / max(small, floor), small, large


def _assert_linear(case: Case, rule=None) -> None:
    floor = FLOOR if rule is None else RULE_FLOOR
    n = N
    ratio, small, large = _growth(case, rule, floor, n, repeats=1)  # one run each: most cases are far below the bound
    if ratio >= 0.75 * BOUND:  # near the bound, a busy machine or a real blow-up: measure again before failing
        ratio, small, large = _growth(case, rule, floor, n, repeats=3)
    if ratio >= BOUND:
        # Still above: a few milliseconds at N are mostly fixed cost and cache effects (seen in CI:
        # 2.3 ms at N and 20 ms at 4N for a rule that is 4.0x per step from 8 kB to 256 kB). A
        # real blow-up grows as fast again one step up, so the step from 4N to 16N decides.
        n = 4 * N
        ratio, small, large = _growth(case, rule, floor, n, repeats=3)
    what = case.name if rule is None else f"{rule_id(rule)} on {case.name}"
    n = case.size(n)
    assert ratio < BOUND, (f"{what}: t({n}) = {small:.4f} s, t({4 * n}) = {large:.4f} s, "
                           f"ratio {ratio:.1f} (linear: about 4)")


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_the_pipeline_is_linear(case):
    _assert_linear(case)


ALONE = [(case, rule) for case in CASES for rule in case.rules]


@pytest.mark.parametrize("case, rule", ALONE, ids=[f"{rule_id(r)} on {c.name}" for c, r in ALONE])
def test_each_rule_a_case_aims_at_is_linear_alone(case, rule):
    _assert_linear(case, rule)


def test_every_family_has_cases():
    """The generator covers every family that edits or flags text by its words or marks."""
    families = {c.family for c in CASES}
    assert {"html", "encoding", "chrome", "metadata", "ads", "punct", "space", "date", "layout", "numbering",
            "dup", "figure", "quote", "garbled"} <= families


@pytest.mark.skipif(not hasattr(signal, "setitimer"), reason="the deadline needs an interval timer")
def test_the_deadline_turns_a_blow_up_into_a_failure():
    """An exponential pattern stops at the deadline instead of hanging the suite."""
    import regex

    with pytest.raises(TimeoutError), deadline(0.2):
        regex.match(r"^(?:返回|顶部|返回顶部)+$", "返回顶部" * 40 + "。")
