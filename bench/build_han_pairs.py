"""Build cleaner/data/han_pairs.tsv: the pairs of Han characters clean Chinese government text
writes side by side, for the splice test of bracketed ads (cleaner/adsplice.py::joins_into_word).

An ad spliced into the text in brackets cuts a word (雨污分〔…〕流改造: 分流), an aside closes
after the word it explains (登录中国人事考试网（网址：…）进行报名: 网进): the two characters
around a bracket join into a pair the language writes often only in the first case. The
source is the TUNE half of the evaluation set's base documents only (build_han_freq.texts:
its own documents and half of the wild reference reports): the held half is what the tool is judged
on, so none of its words may be in the tool. Only pairs inside a run of Han characters count. A pair is kept when it is seen MIN_COUNT times or more and its two characters
stand together more often than chance makes two characters so frequent meet (pointwise mutual
information MIN_PMI bits or more): 会进 of 会进一步 and 出等 of 提出等 cross a word's edge between
two characters that are everywhere, and are left out.

    python bench/build_han_pairs.py           # rewrite cleaner/data/han_pairs.tsv
"""

from __future__ import annotations

import math
import sys
from collections import Counter
from pathlib import Path

import regex

REPO = Path(__file__).resolve().parent.parent

sys.path.insert(0, str(REPO / "bench"))

from build_han_freq import texts  # noqa: E402  (one reader of the documents the tables read)

OUT = REPO / "cleaner" / "data" / "han_pairs.tsv"
MIN_COUNT = 3
MIN_PMI = 1.0  # bits
_HAN_RUN = regex.compile(r"\p{Han}{2,}")


def count() -> tuple[Counter, Counter]:
    """(pair counts, character counts) of the Han runs of the source documents."""
    pairs: Counter = Counter()
    chars: Counter = Counter()
    for text in texts():
        for run in _HAN_RUN.findall(text):
            pairs.update(run[i:i + 2] for i in range(len(run) - 1))
            chars.update(run)
    return pairs, chars


def main() -> int:
    counts, chars = count()
    pairs_total, chars_total = sum(counts.values()), sum(chars.values())

    def pmi(pair: str) -> float:
        return math.log2(counts[pair] / pairs_total / (chars[pair[0]] / chars_total * chars[pair[1]] / chars_total))

    rows = sorted((pair, n) for pair, n in counts.items() if n >= MIN_COUNT and pmi(pair) >= MIN_PMI)
    head = (f"# Pairs of Han characters written side by side in clean government text (bench/build_han_pairs.py;\n"
            f"# {pairs_total} pairs, {len(rows)} kept: a count of {MIN_COUNT} or more and {MIN_PMI} bits of mutual\n"
            f"# information or more). Pair<TAB>count.\n")
    OUT.write_text(head + "".join(f"{p}\t{n}\n" for p, n in rows), encoding="utf-8")
    print(f"{OUT}: {len(rows)} pairs, {OUT.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
