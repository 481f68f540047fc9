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


def _lost(text: str, s0: int, e0: int) -> list[str]:
    """Han characters outside ``s0:e0`` that an ads rule removed."""
    out = []
    for f in clean(text).findings:
        if f.rule.startswith("ads.") and f.action == "remove":
            out += [text[i] for i in range(f.start, f.end) if not s0 <= i < e0 and HAN.match(text[i])]
    return out


@pytest.mark.skipif(not REPORTS, reason="../shared/wild not present")
@pytest.mark.parametrize("path", REPORTS, ids=lambda p: p.name)
def test_spliced_ads_take_no_words_of_the_report(path):
    text = _read(path)
    rng = random.Random(path.name)
    # Inside a sentence, away from line starts (an ad glued into a short line is another rule's).
    spots = [m.start() + 6 for m in regex.finditer(r"\p{Han}{12,}", text)]
    lost = {}
    for p in rng.sample(spots, min(12, len(spots))):
        ad = rng.choice(ADS)
        got = _lost(text[:p] + ad + text[p:], p, p + len(ad))
        if got:
            lost[text[p - 6:p] + "|" + ad + "|" + text[p:p + 6]] = "".join(got)
    assert not lost
