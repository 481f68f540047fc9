"""Throughput benchmark: clean a seeded corpus of >= 100 MB built from raw/, print MB/s per core.

Not a test. The corpus varies the seed scrapes (paragraphs shuffled, digits changed, ads
and spacing defects moved around) so that no cache or repeated input flatters the figure.
Everything runs in this one process, on one core: bytes -> decode -> clean -> JSON record.

    python bench/throughput.py            # 100 MB, seed 1
    python bench/throughput.py --mb 20    # a quicker look
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
    """One synthetic document: the seed's head kept, body shuffled, digits changed."""
    head, body = lines[:8], lines[8:]
    body = body[:]
    rng.shuffle(body)
    text = "\n".join(head + body)
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


def run(corpus: list[bytes]) -> tuple[float, int]:
    """Seconds to decode, clean and serialize every document; total findings."""
    findings = 0
    start = time.perf_counter()
    for i, data in enumerate(corpus):
        text, encoding, bom = io.decode(data)
        cleaned = clean(text, f"doc{i}")
        source = io.Source(f"raw/doc{i}.txt", "0" * 64, encoding, bom, len(data))
        io.dump_record(io.record(cleaned, source))
        findings += len(cleaned.findings)
    return time.perf_counter() - start, findings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=100.0, help="corpus size in MB (default 100)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    corpus = build_corpus(args.mb, args.seed)
    size = sum(map(len, corpus))
    seconds, findings = run(corpus)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"documents      {len(corpus)}")
    print(f"corpus         {size / 1e6:.1f} MB (UTF-8)")
    print(f"findings       {findings}")
    print(f"time           {seconds:.1f} s on 1 core")
    print(f"throughput     {size / 1e6 / seconds:.2f} MB/s per core")
    print(f"peak RSS       {peak_mb:.0f} MB (includes the in-memory corpus)")


if __name__ == "__main__":
    main()
