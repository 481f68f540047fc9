"""Build cleaner/data/han_freq.tsv: how often each Han character occurs in clean Chinese
government text, for the plausibility check of mojibake repairs (cleaner/plausible.py).

The source is clean documents only: the TUNE base documents of the evaluation set
(eval/base/tune, UTF-8; they hold half of the wild set's reference reports). The held half
is what the tool is judged on, so none of its text may be in the tool (round 32: the table
read all the reference reports before, held ones included). A character seen fewer than
MIN_COUNT times is left out (the file stays small; an unseen character is judged by its
GB2312 level instead).

    python bench/build_han_freq.py            # rewrite cleaner/data/han_freq.tsv
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import regex

REPO = Path(__file__).resolve().parent.parent
SOURCES = [(REPO / "eval" / "base" / "tune", "utf-8")]
OUT = REPO / "cleaner" / "data" / "han_freq.tsv"
MIN_COUNT = 2
_HAN = regex.compile(r"\p{Han}")


def texts() -> Iterator[str]:
    """The text of every source document (the one reader of SOURCES, for build_han_pairs too)."""
    for folder, encoding in SOURCES:
        for path in sorted(folder.glob("*.txt")):
            yield path.read_bytes().decode(encoding)


def count() -> Counter:
    counts: Counter = Counter()
    for text in texts():
        counts.update(_HAN.findall(text))
    return counts


def main() -> int:
    counts = count()
    total = sum(counts.values())
    rows = [(c, n) for c, n in counts.most_common() if n >= MIN_COUNT]
    head = (f"# Han character counts in clean government text (bench/build_han_freq.py; {total} characters,\n"
            f"# {len(rows)} kept with a count of {MIN_COUNT} or more). Character<TAB>count, most frequent first.\n")
    OUT.write_text(head + "".join(f"{c}\t{n}\n" for c, n in rows), encoding="utf-8")
    print(f"{OUT}: {len(rows)} characters, {OUT.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
