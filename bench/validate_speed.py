"""Validation speed: the suites of expectations/ over 1,000,000 paragraphs.

Not a test: a measurement. Builds the tables of clean/ once, repeats them until the
paragraph table holds --paragraphs rows (documents repeat with them), and times the
Great Expectations run, without and then with Data Docs. Prints seconds and peak memory.

    python bench/validate_speed.py                     # 1,000,000 paragraphs
    python bench/validate_speed.py --paragraphs 200000 --docs
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def scaled(n_paragraphs: int):
    import pandas as pd

    from cleaner import tables

    seed = tables.load(REPO / "clean")
    copies = -(-n_paragraphs // len(seed.paragraphs))
    def repeat(frame, id_column="doc_id"):
        parts = []
        for k in range(copies):
            part = frame.copy()
            part[id_column] = part[id_column].astype(str) + f"#{k}"
            parts.append(part)
        return pd.concat(parts, ignore_index=True)
    paragraphs = repeat(seed.paragraphs).iloc[:n_paragraphs].reset_index(drop=True)
    for name in ("text", "outline_step"):
        paragraphs[name] = paragraphs[name].astype("string[pyarrow]")
    return tables.Tables(repeat(seed.documents), paragraphs, seed.findings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paragraphs", type=int, default=1_000_000)
    parser.add_argument("--docs", action="store_true", help="also time a run that writes Data Docs")
    args = parser.parse_args()
    from cleaner import validate

    t0 = time.perf_counter()
    frames = scaled(args.paragraphs)
    built = time.perf_counter() - t0
    suites = validate.load_suites(REPO / "expectations")
    print(f"paragraphs     {len(frames.paragraphs):,}  ({frames.paragraphs.text.str.len().sum():,} characters)")
    print(f"documents      {len(frames.documents):,}")
    print(f"tables built   {built:.1f} s")
    t0 = time.perf_counter()
    outcome = validate.validate_tables(frames, suites)
    print(f"validation     {time.perf_counter() - t0:.1f} s  ({len(outcome.checks)} expectations, "
          f"critical failures: {len(outcome.critical_failures)})")
    if args.docs:
        with tempfile.TemporaryDirectory() as report:
            t0 = time.perf_counter()
            validate.validate_tables(frames, suites, Path(report))
            print(f"with Data Docs {time.perf_counter() - t0:.1f} s")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS       {peak:.0f} MB")


if __name__ == "__main__":
    main()
