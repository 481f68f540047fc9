"""The learned ad register (cleaner/adregister.py) on a writer it never read.

A third helper wrote eval/register_sources/writer_c/ (round 57): 320 ads as yet another
content farm writes them and 320 lines a government document writes of itself in the same
words. They are left out of bench/build_ad_register.py's sources on purpose, so that this
script measures how the shipped table reads an unseen writer: the share of the ads it calls
an ad's register (:func:`cleaner.adregister.ad_register`) and the share of the legitimate
lines it calls so too (each a false cue). Run: python bench/register_writer_c.py [--show]
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from cleaner import adregister

SOURCE = Path(__file__).resolve().parent.parent / "eval" / "register_sources" / "writer_c"


def _lines(name: str) -> list[dict]:
    text = (SOURCE / f"{name}.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def main(argv: list[str]) -> int:
    ads, legit = _lines("ads"), _lines("legit")
    ad_hits = [a for a in ads if adregister.ad_register(a["text"])]
    legit_hits = [g for g in legit if adregister.ad_register(g["text"])]
    print(f"writer C's ads read as an ad's register: {len(ad_hits)}/{len(ads)} ({100 * len(ad_hits) / len(ads):.1f}%)")
    print(f"writer C's legitimate lines read so (false cues): {len(legit_hits)}/{len(legit)} "
          f"({100 * len(legit_hits) / len(legit):.1f}%)")
    by_family, hit_family = Counter(a["family"] for a in ads), Counter(a["family"] for a in ad_hits)
    print("| family | read as ads |\n| --- | --- |")
    for family, n in sorted(by_family.items()):
        print(f"| {family} | {hit_family[family]}/{n} |")
    if "--show" in argv:
        for g in legit_hits:
            print("  legit read as an ad's:", g["text"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
