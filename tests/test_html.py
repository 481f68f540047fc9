"""HTML pages: markup and page chrome go, body paragraphs stay, restore gives the page back."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import regex

from cleaner import io
from cleaner.pipeline import clean

HERE = Path(__file__).resolve().parent
WILD = HERE.parent.parent / "shared" / "wild" / "raw"
TAG = regex.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?>")


def _clean(path: Path):
    text = io.decode(path.read_bytes())[0]
    return clean(text, path.stem)


def test_a_saved_page_becomes_its_document():
    c = _clean(HERE / "data" / "page.html")
    lines = c.text.split("\n")
    assert lines[0] == "关于印发2023年卫生健康工作要点的通知"
    assert "各区卫生健康委、委机关各处室：" in lines
    # the source's line break inside a paragraph is no paragraph break
    assert "现将《2023年卫生健康工作要点》印发给你们，请结合实际认真贯彻落实。" in lines
    assert "（一）推进公立医院高质量发展。全年新增床位1200张，基层诊疗量占比达到65%。" in lines
    assert "家庭医生签约率\u300045%" in lines  # cells of a row stay apart
    assert lines[-2:] == ["某市卫生健康委员会", "2023年2月15日"]
    for gone in ("统计代码", "浏览次数", "font-size", "col1599522", "当前位置", "互动交流", "分享到", "版权所有", "ICP备", "&gt;", "&nbsp;"):
        assert gone not in c.text, gone
    assert not TAG.search(c.text)
    assert c.metadata["publish_date"] == "2023-02-15"
    assert c.metadata["publisher"] == "某市卫生健康委员会"
    assert c.metadata["title"] == "关于印发2023年卫生健康工作要点的通知"
    assert c.restore() == c.raw


def test_every_markup_removal_is_recorded_with_its_reason():
    c = _clean(HERE / "data" / "page.html")
    reasons = {f.reason for f in c.findings if f.rule.startswith("html.")}
    assert "<head> element: not document text" in reasons
    assert "<script> element: not document text" in reasons
    assert "hidden element <div>" in reasons
    assert "page navigation or footer element <footer>" in reasons
    assert "HTML entity written as its character" in reasons


def test_text_that_merely_holds_a_tag_is_not_a_page():
    c = clean("正文中提到<b>标签不是网页。\n第二段。")
    assert "<b>" in c.text
    assert not [f for f in c.findings if f.rule.startswith("html.")]


def test_a_chrome_named_element_holding_the_content_stays():
    page = ('<div class="main-nav-content"><p>' + "现将工作要点印发给你们，请认真贯彻落实。" * 5 + "</p></div>"
            '<div class="nav"><a>首页</a></div>')
    c = clean(page)
    assert c.text.startswith("现将工作要点印发给你们")
    assert "首页" not in c.text


def test_an_unclosed_element_never_swallows_the_page():
    page = '<div><button class="search_btn" type="button" /><p>正文第一段。</p><select><p>正文第二段。</p></div>'
    c = clean(page)
    assert "正文第一段。" in c.text and "正文第二段。" in c.text


@pytest.mark.skipif(not WILD.is_dir(), reason="../shared/wild is not next to the repository")
@pytest.mark.parametrize("name, kept, gone", [
    ("gne_01.html", "全县固定资产投资完成246.79亿元", ["col1599522", "sr-rd-", "版权所有", "bdshare"]),
    ("gne_02.html", "山西品牌丝路行首次登陆巴西", ["createPageHTML", "document.write", "版权所有"]),
    ("gne_03.html", "批准发行15500亿元特别国债购买外汇", ["京ICP备", "个人中心"]),
    ("spoofgov_02.html", "四川省第二中医医院在西南石油大学外国语学院", ["蜀ICP备", "川公网安备"]),
    ("bjtcm_03.html", "各区卫生健康委、各有关中医医疗机构：", ["TRS_UEDITOR", "text-align"]),
    ("bjtcm_12.html", "详见附件", []),
])
def test_wild_pages(name, kept, gone):
    c = _clean(WILD / name)
    assert kept in c.text
    for g in gone:
        assert g not in c.text, g
    assert not TAG.search(c.text)
    assert c.restore() == c.raw


@pytest.mark.skipif(not WILD.is_dir(), reason="../shared/wild is not next to the repository")
def test_the_cli_restores_the_html_bytes(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    for name in ("gne_01.html", "bjtcm_03.html", "spoofgov_02.html"):
        (raw / name).write_bytes((WILD / name).read_bytes())
    out, back = tmp_path / "clean", tmp_path / "back"
    cli = [str(Path(sys.executable).with_name("cleaner"))]
    subprocess.run(cli + ["clean", str(raw), "--out", str(out), "--quiet"], check=True)
    subprocess.run(cli + ["restore", str(out), "--out", str(back)], check=True, capture_output=True)
    for name in ("gne_01.html", "bjtcm_03.html", "spoofgov_02.html"):
        restored = next(back.rglob(Path(name).stem + "*"))
        assert restored.read_bytes() == (WILD / name).read_bytes()


def test_the_information_disclosure_table_feeds_the_metadata():
    """The 信息公开 table of gov.cn-style pages (label cell, value cell) becomes fields and
    leaves the body; the body, signature and date stay."""
    c = _clean(HERE / "data" / "xxgk.html")
    assert c.metadata["index_number"] == "000014349/2021-00045"
    assert c.metadata["publisher"] == "国务院办公厅"
    assert c.metadata["doc_number"] == "国办发〔2021〕22号"
    assert (c.metadata["written_date"], c.metadata["publish_date"]) == ("2021-06-24", "2021-07-02")
    assert c.metadata["title"] == "国务院办公厅关于加快发展保障性租赁住房的意见"
    lines = c.text.split("\n")
    assert lines[0] == c.metadata["title"]
    assert "一、明确对象标准" in lines and lines[-2:] == ["国务院办公厅", "2021年6月24日"]
    assert not any(word in c.text for word in ("索引号", "主题分类", "发文机关", "版权所有", "首页"))
    assert c.restore() == c.raw


@pytest.mark.parametrize("page,expected,flagged", [
    ("<p>推进&ldquo;放管服&rdquo;改革，研发R&amp;D投入。</p>", "推进“放管服”改革，研发R&D投入。", False),
    # escaped twice: the page shows "&ldquo;", which stands for one character: decoded all the way
    ("<p>推进&amp;ldquo;放管服&amp;rdquo;改革。</p>", "推进“放管服”改革。", False),
])
def test_page_entities_are_decoded_once(page, expected, flagged):
    c = clean(page)
    assert c.text == expected
    assert any(f.rule == "encoding.decode_character_references" and f.action == "flag" for f in c.findings) == flagged
    assert clean(c.text).text == c.text
    assert c.restore() == c.raw
