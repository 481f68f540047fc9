"""Round 6 chrome and dup kinds: tables of what goes and what stays, through the whole pipeline."""

from __future__ import annotations

import pytest

from cleaner.pipeline import clean

TITLE = "江岭市卫生健康委员会关于印发2021年卫生健康工作要点的通知"
P1 = "现将《2021年全市卫生健康工作要点》印发给你们，请结合实际认真贯彻落实。"
P2 = "全面推进疾病预防控制体系改革，健全重大疫情应急响应机制，提升基层防控能力。"
SIG = "江岭市卫生健康委员会\n2021年3月29日"
PAGE = f"{TITLE}\n{P1}\n{P2}\n{SIG}"
MORE = "\n".join(f"第{n}项，要做好部署，确保按期完成任务。" for n in "一二三四五六")

REMOVED = [
    # (page, text that must be gone, rule family)
    ("政务公开\n|\n新闻动态\n|\n办事服务\n" + PAGE, "新闻动态", "chrome."),
    (f"{TITLE}\n首页\n通知公告\n工作动态\n{P1}\n{P2}\n{SIG}", "通知公告", "chrome."),
    (f"{TITLE}\nA+ A A-\n{P1}\n{P2}\n{SIG}", "A+", "chrome."),
    (f"{PAGE}\n[Print] [Close]", "Print", "chrome."),
    (f"{TITLE}\n{P1}\n展开全文∨\n{P2}\n{SIG}", "展开全文", "chrome."),
    (f"{TITLE}\n▶ 语音播报\n{P1}\n{P2}\n{SIG}", "语音播报", "chrome."),
    (f"{PAGE}\n发表评论\n已有3条评论", "评论", "chrome."),
    (f"{PAGE}\n赞 281 | 踩 25", "踩", "chrome."),
    (f"{TITLE}\n加载中，请稍候...\n{P1}\n{P2}\n{SIG}", "加载", "chrome."),
    (f"{PAGE}\n您的浏览器版本过低，为了更好的浏览效果请升级浏览器", "浏览器", "chrome."),
    (f"{TITLE}\n{P1}\n{MORE}\n{TITLE}\n{P2}\n{SIG}", TITLE + "\n" + P2, "dup."),
    (f"{PAGE}\n{SIG}", SIG + "\n" + SIG, "dup."),
]

KEPT = [
    # real lines that recur or name widgets
    f"{TITLE}\n{P1}\n开展专项检查。\n责任单位：各县（市、区）人民政府\n组织业务培训。\n责任单位：各县（市、区）人民政府\n{SIG}",
    f"{PAGE}\n（此件公开发布）",
    f"{TITLE}\n{P1}\n如浏览器版本过低，请升级至最新版本后再申报。\n{SIG}",
    f"{TITLE}\n{P1}\n请扫描下方二维码填写调查问卷。\n{SIG}",
    f"{TITLE}\n{P1}\n一、政务公开\n{P2}\n二、新闻发布\n{SIG}",
    f"{TITLE}\n{P1}\n评分等级：A+\n{SIG}",
    f"通知\n{P1}\n通知\n{P2}\n{SIG}",  # a short title may stand as a heading
]


@pytest.mark.parametrize("page,gone,family", REMOVED, ids=[r[1][:10] for r in REMOVED])
def test_removed(page, gone, family):
    cleaned = clean(page, "t")
    assert gone not in cleaned.text
    assert P1 in cleaned.text and P2 in cleaned.text and "2021年3月29日" in cleaned.text
    assert any(f.rule.startswith(family) for f in cleaned.findings if f.action == "remove")


@pytest.mark.parametrize("page", KEPT, ids=[k[len(TITLE):len(TITLE) + 16] for k in KEPT])
def test_kept(page):
    cleaned = clean(page, "t")
    assert not [f for f in cleaned.findings if f.action == "remove" and f.rule.startswith(("chrome.", "dup."))]
