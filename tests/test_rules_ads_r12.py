"""Round 12: an ad spliced into a sentence takes none of the document's own words with it.

Round 11 cut an ad to the seam where the text closes up without it, and let the cut reach
over Han characters beyond the ad's cues. Spliced at random places of the wild reference
reports, those cuts took the documents' own rare words (研究制定|排污权有偿使加微信…|资料用:
cut wider, the text closes up 定资 as it does 使用). The cut now reaches beyond the cues over
letters, digits, marks and bracketed asides only, and where two seams disagree only what
both take goes.
"""

from __future__ import annotations

import random

import pytest
import regex

from cleaner.pipeline import clean
from conftest import wild_files

HAN = regex.compile(r"\p{Han}")
ADS = ["USDT承兑飞机@usdt_zs", "加微信kx8899领取资料", "下载APP http://t.cn/abc123", "代购正品v:abc12345",
       "点击www.xyz88.com注册送88元", "棋牌新开区QQ群:12345678", "免费领取资料加V：hx2021abc",
       "天天特惠 vip.dd88.top 立减50", "代写各类材料加微信xz8899", "更多范文请访问www.fanwen8.net"]
REPORTS = wild_files("reference/gwr_0[4-9].txt")


def _read(path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("gbk", "replace")


def _splice(text: str, rng: random.Random) -> tuple[str, list[tuple[int, int]], list[str]]:
    """``text`` with ads spliced at up to 12 seeded places inside sentences, the ads' spans in
    it and a few characters of context each (for the failure message)."""
    # Inside a sentence, away from line starts (an ad glued into a short line is another rule's).
    spots = sorted(rng.sample([m.start() + 6 for m in regex.finditer(r"\p{Han}{12,}", text)], 12))
    parts, spans, where, last, shift = [], [], [], 0, 0
    for p in spots:
        ad = rng.choice(ADS)
        parts += [text[last:p], ad]
        spans.append((p + shift, p + shift + len(ad)))
        where.append(text[p - 6:p] + "|" + ad + "|" + text[p:p + 6])
        last, shift = p, shift + len(ad)
    return "".join(parts) + text[last:], spans, where


def _lost(text: str, spans: list[tuple[int, int]], where: list[str]) -> dict[str, str]:
    """Han characters outside the ads' spans that an ads rule removed, by the splice nearest them."""
    lost: dict[str, str] = {}
    for f in clean(text).findings:
        if f.rule.startswith("ads.") and f.action == "remove":
            for i in range(f.start, f.end):
                if not any(s <= i < e for s, e in spans) and HAN.match(text[i]):
                    k = min(range(len(spans)), key=lambda j: min(abs(i - spans[j][0]), abs(i - spans[j][1])))
                    lost[where[k]] = lost.get(where[k], "") + text[i]
    return lost


@pytest.mark.skipif(not REPORTS, reason="../shared/wild not present")
@pytest.mark.parametrize("path", REPORTS, ids=lambda p: p.name)
def test_spliced_ads_take_no_words_of_the_report(path):
    # All splices in one text, thousands of characters apart: one cleaning per report.
    text, spans, where = _splice(_read(path), random.Random(path.name))
    assert not _lost(text, spans, where)
