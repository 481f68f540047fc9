"""Ads precision on whole legitimate documents full of ad look-alikes (round 51).

``lookalike_docs/legit/``: 58 documents of many departments (a court, a library, a journal run by a
society, an exam authority, a training class, a government WeChat article, a museum, ...) written by
a helper in an adversarial read: each holds short lines and asides in the words the ad cues read
(代写 as a community service, 发表论文 as a requirement, 本号, 免费领取 of a handout, a trainees' group
number, a labelled 投稿邮箱). Every line the ad rules remove from them is a false removal.
``lookalike_docs/ads/``: 5 documents with 20 true ads of the same shapes (``ads.json``), to see
what precision costs in recall.
``lookalike_docs/asides/`` (round 52): 40 documents by another helper, each with bracketed asides of
its own mid-paragraph, right after a comma or a sentence's end, 207 of them in the ads' words (本馆官网…
下载, 扫码关注…回复, 交流群群号, 网格员…手机, 稿费每篇…元) and 74 plain ones (``asides.json``): an aside
the ad rules remove is a false removal, as is any other line they take from these documents.
``lookalike_docs/between/`` (round 53): 40 documents by a third helper with 345 asides of their own
standing between two Han characters of a clause (农民工（…）就业帮扶), 246 of them in the ads' words
(（网址：zs.….edu.cn）, （学员工作群群号：…）, （申报表可在局官网“下载中心”下载）, （报名费每人100元）),
scored the same way.
``lookalike_docs/broken/`` (round 54): 30 documents by a fourth helper, after the rules read a line
broken in two as one line and a bracket splitting a word as an ad by an id or two classes of cues, with
151 spots of their own written against those two readings (a contact, an e-mail or a site broken over a
line, 请登录“江城|发布”…, a line opening on ，, a fee paid by 扫码 in a bracket between two characters that
happen to make a word: 网上, 生活, 工会), scored the same way.

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
    shown = false
    for folder, where in (("asides", "right after a comma or a sentence's end"), ("between", "between two words of a clause"),
                          ("broken", "broken over a line break or bracketed between two words")):
        asides, elsewhere = _asides(root / folder)
        listed = json.loads((root / folder / "asides.json").read_text(encoding="utf-8"))
        n = len({a["file"] for a in listed})
        print(f"asides and lines of their own {where}, in {n} more documents, removed: {len(asides)}/{len(listed)} "
              f"({sum(a['adlike'] for a in asides)} of the {sum(a['adlike'] for a in listed)} in the ads' words); "
              f"other ad removals there: {len(elsewhere)}")
        shown = shown + [(a["file"], a["rule"], a["aside"]) for a in asides] + elsewhere
    if args.show:
        for doc, rule, what in shown:
            print(f"  {doc} {rule}: {what!r}")


def _asides(root: Path) -> tuple[list[dict], list[tuple[str, str, str]]]:
    """The listed asides an ad removal touches (each with its rule), and the ad removals touching none."""
    listed = json.loads((root / "asides.json").read_text(encoding="utf-8"))
    hit, elsewhere = [], []
    for name in sorted({a["file"] for a in listed}):
        text = (root / name).read_text(encoding="utf-8")
        spans = [(text.index(a["aside"]), text.index(a["aside"]) + len(a["aside"]), a) for a in listed if a["file"] == name]
        for f in _ad_removals(text):
            touched = [dict(a, rule=f.rule) for s, e, a in spans if f.start < e and s < f.end]
            hit += touched
            if not touched:
                elsewhere.append((name, f.rule, text[f.start:f.end].strip()))
    return hit, elsewhere


if __name__ == "__main__":
    main()
