"""Build cleaner/data/dup_trad.tsv: traditional characters and the simplified ones they stand for,
so the dup rules see a copy rendered in traditional script (a portal's 繁體 switch, a mirror) as
the same text as its simplified original.

The source is OpenCC's character table STCharacters.txt (Apache-2.0; simplified<TAB>traditional
candidates separated by spaces), e.g. from the opencc or opencc-purepy package. A pair is kept
only when it is safe as a one-way fold applied to every text:

- the traditional character stands for one simplified character only, and simplified text does
  not use it: it is outside GB2312, or (後, 於 are in GB2312 for old names) it is not among the
  characters of clean simplified government text (cleaner/data/han_freq.tsv);
- the simplified character is in GB2312 (a character of ordinary simplified text).

One character for one, so offsets found on the folded text hold on the raw.

    python bench/build_dup_trad.py /path/to/STCharacters.txt     # rewrite cleaner/data/dup_trad.tsv
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "cleaner" / "data" / "dup_trad.tsv"


def in_gb2312(ch: str) -> bool:
    try:
        ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def simplified_in_use() -> set[str]:
    rows = (REPO / "cleaner" / "data" / "han_freq.tsv").read_text(encoding="utf-8").splitlines()
    return {row.split("\t")[0] for row in rows if row and not row.startswith("#")}


def pairs(source: Path) -> list[tuple[str, str]]:
    in_use = simplified_in_use()
    targets: dict[str, set[str]] = defaultdict(set)
    for line in source.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        simp, _, trads = line.partition("\t")
        if len(simp) != 1 or not in_gb2312(simp):
            continue
        for trad in trads.split():
            if len(trad) == 1 and trad != simp and not (in_gb2312(trad) and trad in in_use):
                targets[trad].add(simp)
    return sorted((t, next(iter(s))) for t, s in targets.items() if len(s) == 1)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__)
        return 2
    rows = pairs(Path(argv[1]))
    head = ("# Traditional characters and the simplified ones they stand for (bench/build_dup_trad.py from\n"
            "# OpenCC's STCharacters.txt, Apache-2.0): one simplified character for each traditional one,\n"
            "# which clean simplified text does not use. The dup rules compare copies through this fold; it never writes text.\n")
    OUT.write_text(head + "".join(f"{t}\t{s}\n" for t, s in rows), encoding="utf-8")
    print(f"{len(rows)} pairs -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
