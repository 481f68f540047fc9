"""Round 48: figures read by words and arithmetic any report writes.

- A count that lost its measure word before a word the TUNE documents never wrote (4抽水蓄能电站,
  6遗址入选, 16调度推进): the word test read only the TUNE documents' character pairs
  (data/han_pairs.tsv), so another report's subjects had no word there; jieba's general dictionary
  now says whether the two characters after the figure make a word (cleaner/lexicon.py). A unit
  the lists lacked (16像素) stays a unit.
- Arithmetic no quantity survives: a decrease of more than 100% (能耗下降120%; not in a sentence
  on a profit, a balance, a flow or a change: 利润, 损益, 收支差, 增量, 新增额), people per thousand or
  ten thousand people as many as the people (每万人口全科医生数4.2万名; books, parcels, phones may
  outnumber them), a rise above the level it reached in any unit and scale (12000人次，比上年增加
  20000人次; not of a balance or a flow), a figure cut by a line break before any measure word in a
  wrapped line of prose (46⏎2套; not a caption or an address line), a unit of another kind than the
  noun it measures (造林面积12.5万元, 旅游收入35万人次; cleaner/figuredims.py).
- A value's or a code's figure before a word is no count (综合得分85领先全省, 代码32开头).

Each case runs the whole pipeline on a text written for this test (not a seed).
"""
from __future__ import annotations

import pytest

from cleaner.pipeline import clean

_TITLE = "青湾市发展和改革委员会2024年工作总结"


def _figure_flags(body: str) -> list[str]:
    text = f"{_TITLE}\n{body}\n"
    return [text[f.start:f.end] for f in clean(text).findings if f.rule.startswith("figure") and f.action == "flag"]


@pytest.mark.parametrize("body, flagged", [
    ("全省新能源装机持续增长，建成德令哈4抽水蓄能电站，新增装机容量120万千瓦。", "4抽水"),
    ("大力发展文体事业，6遗址入选全国重点文物保护单位名录。", "6遗址"),
    ("省委、省政府16调度推进重大产业项目，项目开工率达到95%。", "16调度"),
    ("全市规模以上工业单位增加值能耗同比下降120%，完成年度目标。", "下降120%"),
    ("全市工业固体废物产生量降幅达135%，综合利用水平提高。", "降幅达135%"),
    ("全市每万人口全科医生数达到4.2万名，较上年有所提高。", "每万人口全科医生数达到4.2万名"),
    ("全年累计培训农民工12000人次，比上年增加20000人次。", "12000人次，比上年增加20000人次"),
    ("全市旅游总收入4.2亿元，比上年增加5亿元，游客满意度保持较高水平。", "4.2亿元，比上年增加5亿元"),
    ("全年筹集保障性住房1200套，新开工保障性租赁住房46\n2套，基本建成980套。", "46\n2"),
    ("全年完成造林面积12.5万元，森林覆盖率达到45%。", "面积12.5万元"),
    ("全年接待游客120万人次，实现旅游收入35万人次。", "收入35万人次"),
    ("全市城乡居民医保参保人数达到120万元，参保率稳定在95%以上。", "人数达到120万元"),
    ("全市农村公路总里程达到120亿元，新改建农村公路126公里。", "里程达到120亿元"),
])
def test_figure_flagged(body, flagged):
    assert any(span.startswith(flagged) for span in _figure_flags(body))


@pytest.mark.parametrize("body", [
    "门户网站首页按钮图标统一为16像素，字号不小于14磅。",
    "受市场波动影响，部分企业净利润下降150%，经营压力较大。",
    "受基数影响，全市出口增速回落120%，外贸形势复杂严峻。",
    "全市每千人口医疗机构床位数6.5张，每万人口全科医生数4.2人，每万人口门急诊12000人次。",
    "全市货物贸易顺差3亿元，比上年增加5亿元。",
    "全年中央财政用于“三农”的支出达到2975亿元，比上年增加349亿元。",
    "全市一般公共预算支出860亿元，其中公务接待费18万元。",
    "全年接受捐赠120.08万元，其中企业捐款120万元、个人捐款800元。",
    "每万人口公共图书馆藏书量达到1.35万册，每千人移动电话拥有量1230部。",
    "全市存款新增额同比下降118%，社会融资规模增量同比减少132%。",
    "常住人口增量2.1万人，比上年增加3.4万人。",
    "监测点位图1\n5座空气自动监测站分布于城区。",
    "以行政区划代码32开头命名，综合得分85领先全省。",
    "全区受理5362件，办结5213件，按期办结率98.6%。",
    "全市能耗强度下降4%左右，主要污染物排放总量减少10%。",
    "抢救性康复救助残疾儿童8000人，辅助器具适配补贴4万人。",
    "全年接待游客和实现旅游收入分别为120万人次和35亿元。",
    "全区辖区面积120平方公里，户籍人口35万人，农村公路总里程1260公里。",
    "全年完成固定资产投资120亿元，新增城镇就业人数1.2万人。",
])
def test_figure_silent(body):
    assert _figure_flags(body) == []
