"""Build cleaner/data/gov_pairs.tsv: every pair of Han characters clean Chinese government text
writes side by side, for the register cue of the ad rules (cleaner/adregister.py).

An ad speaks the trade's language (进群免费领材料，群满请加管理员): most of its character pairs
occur nowhere in government writing, while a government sentence the tables never read still
shares most of its pairs with it (the median sentence of 17 provincial work reports of 2026 that
no table read: three pairs in four). The source is the TUNE half of the evaluation set's base
documents only (build_han_freq.texts): the held half is what the tool is judged on, so none of
its words may be in the tool. Only pairs inside a run of Han characters count; every pair seen
once or more is kept. One row per first character: the character, a tab, every character
seen after it.

    python bench/build_gov_pairs.py           # rewrite cleaner/data/gov_pairs.tsv
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

import regex

REPO = Path(__file__).resolve().parent.parent

sys.path.insert(0, str(REPO / "bench"))

from build_han_freq import texts  # noqa: E402  (one reader of the documents the tables read)

OUT = REPO / "cleaner" / "data" / "gov_pairs.tsv"
_HAN_RUN = regex.compile(r"\p{Han}{2,}")


def pairs() -> dict[str, set[str]]:
    """The characters seen after each Han character inside the source documents' Han runs."""
    after: dict[str, set[str]] = defaultdict(set)
    for text in texts():
        for run in _HAN_RUN.findall(text):
            for a, b in zip(run, run[1:]):
                after[a].add(b)
    return after


def main() -> int:
    after = pairs()
    total = sum(len(s) for s in after.values())
    head = ("# Pairs of Han characters written side by side in clean government text (bench/build_gov_pairs.py;\n"
            f"# {total} pairs). First character<TAB>every character seen after it.\n")
    rows = "".join(f"{a}\t{''.join(sorted(after[a]))}\n" for a in sorted(after))
    OUT.write_text(head + rows, encoding="utf-8")
    print(f"{OUT}: {total} pairs, {OUT.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
