"""Pathological inputs at large sizes: t(N) and t(4N) per case, and their ratio.

Not a test: a measurement. tests/test_pathological.py runs the same cases (the generator
is tests/pathological_cases.py) at a small size and asserts the ratio. Every case is a
small notice with one pathological payload of about N characters in it (runs of one mark,
of spaces or digits, markup that never closes, user phrases that contain each other ...).
Linear rules give a ratio near 4; a rule that re-walks a run per element gives near 16.

    python bench/pathological.py                     # N = 16,000, the whole pipeline
    python bench/pathological.py --scale 8           # N = 32,000
    python bench/pathological.py --only html --rules # also each rule a case aims at, alone

"before" is what the audit of issue 15 measured before the rules were made linear.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))

from pathological_cases import CASES, best_time, deadline  # noqa: E402

BASE_N = 4000


def _timed(case, n: int, repeats: int, timeout: float, rule=None) -> float | None:
    try:
        with deadline(timeout):
            return best_time(case, n, repeats, rule)
    except TimeoutError:
        return None


def _row(name: str, n: int, t1: float | None, t4: float | None, before: str) -> str:
    shown = [f"{t:8.3f}" if t is not None else "  >limit" for t in (t1, t4)]
    ratio = f"{t4 / t1:6.1f}" if t1 and t4 else "     -"
    return f"{name[:58]:58s} {n:>8,} {shown[0]} {shown[1]} {ratio}  {before}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=4, help=f"N = {BASE_N} x SCALE payload characters (default 4)")
    parser.add_argument("--repeats", type=int, default=1, help="runs per size; the fastest counts (default 1)")
    parser.add_argument("--only", default="", help="cases whose name contains this text")
    parser.add_argument("--rules", action="store_true", help="also time each rule a case aims at, alone")
    parser.add_argument("--timeout", type=float, default=120, help="seconds per run before giving up (default 120)")
    args = parser.parse_args()
    n = int(BASE_N * args.scale)
    best_time(CASES[0], 100)  # warm up: imports and compiled patterns are not what is measured
    print(f"{'case':58s} {'N':>8s} {'t(N) s':>8s} {'t(4N) s':>8s} {'ratio':>6s}  before (audit)")
    worst = 0.0
    for case in CASES:
        if args.only not in case.name:
            continue
        for rule in (None, *(case.rules if args.rules else ())):
            t1 = _timed(case, n, args.repeats, args.timeout, rule)
            t4 = _timed(case, 4 * n, args.repeats, args.timeout, rule) if t1 is not None else None
            name = case.name if rule is None else f"  {rule.__module__.rsplit('.', 1)[-1]}.{rule.__name__}"
            print(_row(name, case.size(n), t1, t4, case.before if rule is None else ""), flush=True)
            if t1 and t4:
                worst = max(worst, t4 / max(t1, 0.005))
    print(f"\nworst ratio (t(N) floored at 5 ms): {worst:.1f}   (linear: 4, quadratic: 16)")


if __name__ == "__main__":
    main()
