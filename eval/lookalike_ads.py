"""Ads precision on whole legitimate documents full of ad look-alikes (round 51).

``lookalike_docs/legit/``: 58 documents of many departments (a court, a library, a journal run by a
society, an exam authority, a training class, a government WeChat article, a museum, ...) written by
a helper in an adversarial read: each holds short lines and asides in the words the ad cues read
(代写 as a community service, 发表论文 as a requirement, 本号, 免费领取 of a handout, a trainees' group
number, a labelled 投稿邮箱). Every line the ad rules remove from them is a false removal.
``lookalike_docs/ads/``: 5 documents with 20 true ads of the same shapes (``ads.json``), to see
what precision costs in recall.

    .venv/bin/python eval/lookalike_ads.py           # counts
    .venv/bin/python eval/lookalike_ads.py --show    # + every false removal
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

_HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(_HERE.parent))

from cleaner.pipeline import clean  # noqa: E402  (the checkout's own package)


def _ad_removals(text: str) -> list:
    return [f for f in clean(text).findings if f.rule.startswith("ads.") and f.action == "remove"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--show", action="store_true", help="print every false removal")
    args = ap.parse_args()
    root = _HERE / "lookalike_docs"
    false, docs = [], sorted((root / "legit").glob("*.txt"))
    for path in docs:
        text = path.read_text(encoding="utf-8")
        false += [(path.stem, f.rule, text[f.start:f.end].strip()) for f in _ad_removals(text)]
    ads = json.loads((root / "ads" / "ads.json").read_text(encoding="utf-8"))
    caught = total = 0
    for name, wanted in sorted(ads.items()):
        text = (root / "ads" / f"{name}.txt").read_text(encoding="utf-8")
        found = _ad_removals(text)
        for ad in wanted:
            start = text.index(ad)
            total += 1
            caught += any(f.start <= start and start + len(ad) <= f.end + 1 for f in found)
    print(f"legitimate documents: {len(docs)}; lines or asides the ad rules removed from them: {len(false)}")
    print(f"true ads of the same shapes removed: {caught}/{total}")
    if args.show:
        for doc, rule, what in false:
            print(f"  {doc} {rule}: {what!r}")


if __name__ == "__main__":
    main()
