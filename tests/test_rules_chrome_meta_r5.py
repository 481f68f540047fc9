"""Round 5 chrome and metadata kinds: tables of what goes, what stays, and the fields read.

Rows run through the whole pipeline, each a small page (a title, a body, a signature).
"""

from __future__ import annotations

import pytest

from cleaner.pipeline import clean

TITLE = "江岭市卫生健康委员会关于印发2021年卫生健康工作要点的通知"
BODY = ("各县（市、区）卫生健康局，委直属各单位：\n现将《2021年全市卫生健康工作要点》印发给你们，请结合实际认真贯彻落实。\n"
        "一、加强公共卫生体系建设\n全面推进疾病预防控制体系改革，健全重大疫情应急响应机制，提升基层防控能力。\n"
        "江岭市卫生健康委员会\n2021年3月29日")


def _head(line: str) -> str:
    return f"{TITLE}\n{line}\n{BODY}"


def _tail(line: str) -> str:
    return f"{TITLE}\n{BODY}\n{line}"


REMOVED = [
    # (page, line that must be gone, rule that removed it)
    (_head("网站首页 政务公开 新闻中心 办事服务 互动交流"), "新闻中心", "chrome.drop_furniture"),
    (_head("<!-- 正文开始 -->"), "正文开始", "chrome.drop_furniture"),
    (_tail("var _hmt = _hmt || [];"), "_hmt", "chrome.drop_furniture"),
    (_tail("$(function(){ $('.share').share(); });"), "share()", "chrome.drop_furniture"),
    (_tail("首页 上一页 1 2 3 下一页 尾页"), "上一页", "chrome.drop_furniture"),
    (_tail("共3页 第1页"), "共3页", "chrome.drop_furniture"),
    (_tail("< 1 2 3 >"), "< 1 2 3 >", "chrome.drop_furniture"),
    (_tail("[上一篇] 关于做好春季传染病防控工作的通知"), "[上一篇]", "chrome.drop_furniture"),
    (_tail("« 上一篇\u3000关于做好春季传染病防控工作的通知"), "« 上一篇", "chrome.drop_furniture"),
    (_head("索引号\t发布机构\t发布日期\n000014349/2021-00123\t江岭市卫生健康委员会\t2021-04-02"), "000014349",
     "metadata.extract_label_rows"),
    (_head("索引号：\n发布机构：\n000014349/2021-00123\n江岭市卫生健康委员会"), "000014349", "metadata.extract_label_rows"),
    (_head("Publisher 发布机构：江岭市卫生健康委员会"), "Publisher", "metadata.extract_labeled_fields"),
]

KEPT = [
    # (page, text that must stay as it is)
    (_head("政务公开 工作 要求 明确"), "政务公开 工作 要求 明确"),
    (_head("张明 李华 王强 赵敏"), "张明 李华 王强 赵敏"),
    (_tail("具体格式见第3页。"), "具体格式见第3页。"),
    (_tail("上篇　总则"), "上篇　总则"),
    (_head("优化政府门户网站。完善网站首页、政务公开、办事服务、互动交流等栏目。"), "完善网站首页、政务公开、办事服务、互动交流等栏目。"),
    (_head("各单位要做好“上一篇”“下一篇”等页面链接的检查，杜绝错链断链。"), "“上一篇”“下一篇”"),
    (f"{TITLE}\n{BODY.split(chr(10))[1]}\n时间\t地点\t内容\n3月1日\t会议室\t培训\n{BODY}", "会议室"),
    (f"{TITLE}\n{BODY}\n附件：文件目录\n文件名称\t文号\n关于加强疫情防控的通知\t江卫发〔2021〕1号", "关于加强疫情防控的通知"),
    (_tail("联系人：张明，联系电话：0571-12345678。"), "联系电话：0571-12345678。"),
]

FIELDS = [
    (_head("索引号\u3000\u3000发布机构\u3000\u3000发布日期\n000014349/2021-00123\u3000\u3000江岭市卫生健康委员会\u3000\u30002021年04月02日"),
     {"index_number": "000014349/2021-00123", "publisher": "江岭市卫生健康委员会", "publish_date": "2021-04-02"}),
    (_head("Index No./索引号：000014349/2021-00123\u3000Date 发布日期：2021-04-02"),
     {"index_number": "000014349/2021-00123", "publish_date": "2021-04-02"}),
]


@pytest.mark.parametrize(("page", "gone", "rule"), REMOVED)
def test_removed(page, gone, rule):
    cleaned = clean(page, "t")
    assert gone not in cleaned.text
    assert any(s.rule == rule and s.edits for s in cleaned.steps)
    assert cleaned.text.startswith(TITLE)


@pytest.mark.parametrize(("page", "kept"), KEPT)
def test_kept(page, kept):
    assert kept in clean(page, "t").text


@pytest.mark.parametrize(("page", "fields"), FIELDS)
def test_fields(page, fields):
    metadata = clean(page, "t").metadata
    assert {k: metadata.get(k) for k in fields} == fields
