"""Throughput benchmark: clean a seeded corpus of >= 100 MB built from raw/, print MB/s per core.

Not a test. The corpus varies the seed scrapes (every digit of a copy permuted, so no two
copies are the same text and no cache flatters the figure); their paragraphs keep their
order, as in real documents. (Until November 2026 the body was shuffled too, which broke
every outline: a fifth of that corpus's findings were numbering repairs no real page has.)
The seeds are dirty by design, about 19 findings per KB, ten times the rate of the real
pages under ../shared/wild; ``--wild`` measures those instead when they are present.
Everything runs in this one process, on one core: bytes -> decode -> clean -> JSON record.

    python bench/throughput.py            # 100 MB, seed 1
    python bench/throughput.py --mb 20    # a quicker look
    python bench/throughput.py --jobs 2   # also on 2 worker processes: speed-up over 1 core
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from cleaner import io  # noqa: E402
from cleaner.pipeline import clean  # noqa: E402


def seed_paragraphs() -> list[list[str]]:
    """The paragraphs (lines) of each seed scrape."""
    return [p.read_text(encoding="utf-8").split("\n") for p in sorted((REPO / "raw").iterdir())]


def vary(lines: list[str], rng: random.Random) -> str:
    """One synthetic document: the seed with its digits permuted."""
    text = "\n".join(lines)
    digits = str.maketrans("0123456789", "".join(rng.sample("0123456789", 10)))
    return text.translate(digits)


def build_corpus(megabytes: float, seed: int) -> list[bytes]:
    rng = random.Random(seed)
    seeds = seed_paragraphs()
    corpus, total = [], 0
    while total < megabytes * 1_000_000:
        data = vary(rng.choice(seeds), rng).encode("utf-8")
        corpus.append(data)
        total += len(data)
    return corpus


def wild_corpus(megabytes: float) -> list[bytes]:
    """The real pages of ../shared/wild (text files, any encoding), repeated up to ``megabytes``."""
    files = sorted(p for p in (REPO.parent / "shared" / "wild").rglob("*.txt") if p.is_file())
    if not files:
        raise SystemExit("--wild needs ../shared/wild next to the repository")
    pages = [p.read_bytes() for p in files]
    corpus, total = [], 0
    while total < megabytes * 1_000_000:
        corpus.append(pages[len(corpus) % len(pages)])
        total += len(corpus[-1])
    return corpus


def run(corpus: list[bytes]) -> tuple[float, int]:
    """Seconds to decode, clean and serialize every document; total findings."""
    start = time.perf_counter()
    findings = sum(_one(item) for item in enumerate(corpus))
    return time.perf_counter() - start, findings


def _one(item: tuple[int, bytes]) -> int:
    i, data = item
    text, encoding, bom = io.decode(data)
    cleaned = clean(text, f"doc{i}")
    source = io.Source(f"raw/doc{i}.txt", "0" * 64, encoding, bom, len(data))
    io.dump_record(io.record(cleaned, source))
    return len(cleaned.findings)


def run_parallel(corpus: list[bytes], jobs: int) -> float:
    """Wall-clock seconds for the same work on ``jobs`` worker processes."""
    import multiprocessing

    with multiprocessing.get_context("fork").Pool(jobs) as pool:
        start = time.perf_counter()
        sum(pool.imap_unordered(_one, enumerate(corpus), chunksize=8))
        return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=100.0, help="corpus size in MB (default 100)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=1, help="also time N worker processes")
    parser.add_argument("--wild", action="store_true", help="the real pages of ../shared/wild instead")
    args = parser.parse_args()

    corpus = wild_corpus(args.mb) if args.wild else build_corpus(args.mb, args.seed)
    size = sum(map(len, corpus))
    run(build_corpus(0.3, args.seed + 1))  # warm-up: compile patterns, load lists, cn2an
    seconds, findings = run(corpus)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"documents      {len(corpus)}")
    print(f"corpus         {size / 1e6:.1f} MB (UTF-8)")
    print(f"findings       {findings}")
    print(f"time           {seconds:.1f} s on 1 core")
    print(f"throughput     {size / 1e6 / seconds:.2f} MB/s per core")
    print(f"peak RSS       {peak_mb:.0f} MB (includes the in-memory corpus)")
    if args.jobs > 1:
        wall = run_parallel(corpus, args.jobs)
        print(f"{args.jobs} processes    {wall:.1f} s wall, {size / 1e6 / wall:.2f} MB/s, "
              f"speed-up {seconds / wall:.2f}x over 1 core")


if __name__ == "__main__":
    main()
