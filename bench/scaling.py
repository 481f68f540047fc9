"""Scaling: `cleaner clean` as a user runs it, on synthetic corpora of several sizes.

Not a test: a measurement. Writes a seeded corpus of files (the same generator as
bench/throughput.py) for each size, runs the installed `cleaner` on it with 1 and N worker
processes (and, with --spark, `cleaner run --engine spark --master local[N]`), and prints
wall time, MB/s, seconds per MB and the peak RSS of the largest process.

    python bench/scaling.py --mb 10 100          # local engine, 1 and 2 processes
    python bench/scaling.py --mb 10 --spark      # also Spark local[2]
    python bench/scaling.py --mb 1000 --jobs 2 --no-single
"""

from __future__ import annotations

import argparse
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

import throughput  # noqa: E402

CLEANER = Path(sys.executable).with_name("cleaner")


def write_corpus(folder: Path, megabytes: float) -> float:
    """Write the corpus one document at a time (never all of it in memory); return its MB."""
    import random

    rng = random.Random(1)
    seeds = throughput.seed_paragraphs()
    total, i = 0, 0
    while total < megabytes * 1_000_000:
        data = throughput.vary(rng.choice(seeds), rng).encode("utf-8")
        (folder / f"doc{i:07d}.txt").write_bytes(data)
        total += len(data)
        i += 1
    return total / 1e6


def timed(args: list[str], cwd: Path) -> tuple[float, float]:
    """Wall seconds and the peak RSS (MB) of the largest process the command started."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    done = subprocess.run(args, cwd=cwd, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if done.returncode not in (0,):
        raise SystemExit(f"{' '.join(args)} failed ({done.returncode}): {done.stderr[-2000:]}")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return seconds, max(peak, before) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, nargs="+", default=[10.0])
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--spark", action="store_true")
    parser.add_argument("--no-single", action="store_true", help="skip the 1-process run")
    args = parser.parse_args()
    print(f"{'corpus':>10} {'engine':>16} {'wall s':>8} {'MB/s':>7} {'s per MB':>9} {'peak RSS MB':>12}")
    for megabytes in args.mb:
        work = Path(tempfile.mkdtemp(prefix="cleaner-scaling-"))
        try:
            (work / "raw").mkdir()
            size = write_corpus(work / "raw", megabytes)
            runs = [] if args.no_single else [("1 process", ["clean", "raw", "--out", "o1", "-j", "1", "-q"])]
            runs.append((f"{args.jobs} processes", ["clean", "raw", "--out", "o2", "-j", str(args.jobs), "-q"]))
            if args.spark:
                runs.append((f"spark local[{args.jobs}]", ["run", "--engine", "spark", "--master", f"local[{args.jobs}]",
                                                           "--out", "o3", "--suites", "none", "-q"]))
            for name, cli in runs:
                seconds, peak = timed([str(CLEANER), *cli], work)
                print(f"{size:8.1f}MB {name:>16} {seconds:8.1f} {size / seconds:7.2f} {seconds / size:9.2f} {peak:12.0f}",
                      flush=True)
        finally:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
