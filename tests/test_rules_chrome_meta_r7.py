"""Round 7 chrome and metadata: lines told by their shape and place, not by a word list
(cleaner.lineshape). Rows run through the whole pipeline: must-fix rows and must-not-change rows.
"""

from __future__ import annotations

import pytest

from cleaner.pipeline import clean
from pages import WORK_PLAN as PAGE

TITLE, PARA, BODY, CLEAN = PAGE.title, PAGE.para, PAGE.body, PAGE.clean
_head, _tail, _mid = PAGE.head, PAGE.tail, PAGE.mid


FIXED = [
    # chrome: no word of the document (page numbers, drawn rules, media left behind, addresses)
    (_mid("— 3 —"), CLEAN),
    (_mid("－３－"), CLEAN),
    (_mid("第 2 页"), CLEAN),
    (_mid("Page 2 of 12"), CLEAN),
    (_mid("◇◇◇◇◇◇◇◇◇◇"), CLEAN),
    (_tail("* * * * *"), CLEAN),
    (_mid("[视频] 00:00 / 02:15"), CLEAN),
    (_mid("IMG_20210329_101523.jpg"), CLEAN),
    (_tail("本文链接：http://wjw.jiangling.gov.cn/art/2021/3/31/art_1234_567890.html"), CLEAN),
    (_tail("关于我们 | 站点地图 | 法律声明"), CLEAN),
    (_tail("内容评价：有用 一般 无用"), CLEAN),
    (_tail("文章评价：★★★★★"), CLEAN),
    # metadata: records in the head, whatever their labels
    (_head("pubDate: 2021-03-31  source=江岭市卫生健康委员会"), CLEAN),
    (_head("政策文件 · 2021-03-31 · 江岭市卫生健康委员会 · 阅读 1234"), CLEAN),
    (_head("2021-03-31 发布"), CLEAN),
    (_head("发布日期 » 2021-03-31\u3000发布机构 → 江岭市卫生健康委员会"), CLEAN),
]

KEPT = [
    # the document's own lines that share a shape with chrome or metadata
    _mid("序号\u3000项目名称\u3000责任单位\u3000完成时限\n1\u3000乡镇卫生院标准化建设\u3000市水利局\u30002021年9月底"),
    _mid("序号 | 指标 | 目标值 | 牵头单位\n1 | 乡镇卫生院标准化建设 | 市卫生健康委 | 2021年10月底"),
    _tail("抄送：市委办公室　市人大办　市政协办"),
    _tail("市卫健委 | 市财政局 | 市人社局"),
    _tail("主题词：卫生　医疗　通知"),
    _tail("联系人：张明\u3000联系电话：0571-12345678"),
    _tail("网址：www.jiangling.gov.cn"),
    _mid("详见http://wjw.jiangling.gov.cn/art/2021/3/31/art_1_2.html。"),
    _mid("【背景】"),
    _mid("2021"),
    _head("——2021年3月5日在全市卫生健康工作会议上"),
    _head("2021年3月29日 全市卫生健康工作会议在市行政中心召开"),
    _head("工作目标 —— 全面提升服务水平"),
]


@pytest.mark.parametrize("page, expected", FIXED)
def test_shaped_lines_go(page: str, expected: str) -> None:
    assert clean(page, "t").text == expected


_SHAPE_RULES = {"chrome.drop_shaped_lines", "metadata.extract_shaped_rows"}


@pytest.mark.parametrize("page", KEPT)
def test_document_lines_stay(page: str) -> None:
    """The shape rules leave the document's own lines (other rules may still normalise them:
    spaces around a dash; a 主题词 or 网址 line is the labelled-field rule's to judge)."""
    steps = clean(page, "t").steps
    assert not [e.old for s in steps if s.rule in _SHAPE_RULES for e in s.edits]


@pytest.mark.parametrize("page", KEPT[:2] + KEPT[3:4] + KEPT[5:6] + KEPT[7:12])
def test_document_lines_stay_whole(page: str) -> None:
    assert clean(page, "t").text == page


def test_record_values_become_fields() -> None:
    meta = clean(_head("政策文件 · 2021-03-31 · 江岭市卫生健康委员会 · 阅读 1234"), "t").metadata
    assert meta["publish_date"] == "2021-03-31" and meta["publisher"] == "江岭市卫生健康委员会"
    assert clean(_head("pubDate: 2021-04-02"), "t").metadata["publish_date"] == "2021-04-02"
