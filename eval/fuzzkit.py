"""What the fuzzers (``eval/fuzz_*.py``) share: the TUNE base documents and their cleaned
text (once per worker process), the first place two texts differ, the run over a process pool,
and the recall tables they print. TUNE material only."""

from __future__ import annotations

import collections
import multiprocessing
import pathlib
import sys
from collections.abc import Callable, Iterable

HERE = pathlib.Path(__file__).resolve().parent
TUNE = HERE / "base" / "tune"
if str(HERE.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent))

_CLEANED: dict[str, str] = {}


def tune_documents() -> list[pathlib.Path]:
    return sorted(TUNE.glob("*.txt"))


def cleaned_base(doc: str) -> str:
    """The cleaned text of TUNE base document ``doc``: what a perfect repair of a case gives back."""
    if doc not in _CLEANED:
        from cleaner.pipeline import clean
        _CLEANED[doc] = clean((TUNE / f"{doc}.txt").read_text(encoding="utf-8")).text
    return _CLEANED[doc]


def first_difference(a: str, b: str) -> int:
    return next((n for n, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))


def run(judge: Callable, cases: list, jobs: int, chunksize: int = 4) -> list:
    with multiprocessing.Pool(jobs) as pool:
        return pool.map(judge, cases, chunksize=chunksize)


def print_tables(results: list, axes: Iterable[tuple[str, Callable]], verdict: Callable, columns: tuple[str, ...],
                 by_size: bool = False) -> None:
    """One Markdown table per axis: cases by ``columns`` (verdicts), the first as a share of all."""
    for axis, key in axes:
        tally: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
        for r in results:
            tally[key(r)][verdict(r)] += 1
        print(f"\n| {axis} | {' | '.join(columns)} |\n| --- |{' --- |' * len(columns)}")
        rows = sorted(tally.items(), key=(lambda kv: -sum(kv[1].values())) if by_size else None)
        for k, c in rows:
            total = sum(c.values())
            rest = "".join(f" | {c[v]}" for v in columns[1:])
            print(f"| {k} | {c[columns[0]]}/{total} ({100 * c[columns[0]] / total:.0f}%){rest} |")


def print_all(results: list, verdict: Callable, word: str) -> None:
    hits = sum(verdict(r) == word for r in results)
    print(f"\nall: {hits}/{len(results)} {word} ({100 * hits / len(results):.1f}%)")
