"""Round 35: a line that recurs across the corpus is chrome only where a site's template puts it.

The corpus pass counted every short line standing on a tenth of the documents (three at least) and
removed it wherever it stood. But the documents of one office share their own lines: the addressee
(各有关单位：), the signature and its date, the salutation and lead-in of a run of reports (各位代表：,
一年来，我们主要做了以下工作：). On ../shared/wild/reference the pass removed 各位代表： from 15 reports,
the lead-in from 3 and the premier's byline from 5: every line it removed there was the text's own.
Now a recurring line goes only above the document's first title or sentence, where a site's header
stands, and never when it plays a part in the document's structure. Below the title, the lines an
office's documents share stay, whatever their neighbours (a byline, 联系人 and 联系电话, （此件公开发布）
and 抄送 under the date all stand in runs at the page's edge).
"""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from cleaner.corpus import knowledge
from cleaner.config import Config
from cleaner.pipeline import clean
from conftest import REPO, wild_files

_RULE = "chrome.drop_recurring_lines"


def _office_notices(n: int = 6) -> list[str]:
    """Notices of one office: their own addressee, attachment note, signature and date recur."""
    return [
        "\n".join([
            "江岭市教育局门户网站",  # the site's header, above every page's title
            f"江岭市教育局关于开展第{i + 1}批校园安全检查的通知",
            "各县（市、区）教育局，局属各学校：",
            f"为做好第{i + 1}批校园安全检查工作，现将有关事项通知如下。",
            "一年来，我们主要做了以下工作：",
            f"一、检查范围为全市{30 + i}所学校。",
            "联系人：王丽",
            "联系电话：0571-87051234",
            "江岭市教育局",
            "2024年5月10日",
            "（此件公开发布）",
            "抄送：市政府办公室，市医保局",
        ]) + "\n"
        for i in range(n)
    ]


def _recurring_removed(texts: list[str]) -> list[list[str]]:
    corpus = knowledge(texts, Config())
    return [[f.before.strip() for f in clean(t, f"d{i}", corpus=corpus).findings if f.rule == _RULE]
            for i, t in enumerate(texts)]


def test_an_offices_own_recurring_lines_stay_and_its_template_goes():
    for removed in _recurring_removed(_office_notices()):
        assert "江岭市教育局门户网站" in removed
        for own in ("各县（市、区）教育局，局属各学校：", "一年来，我们主要做了以下工作：", "（此件公开发布）",
                    "江岭市教育局", "2024年5月10日", "联系人：王丽", "联系电话：0571-87051234", "抄送：市政府办公室，市医保局"):
            assert own not in removed


def test_a_reports_byline_under_its_title_stays():
    texts = [f"江岭市{2019 + i}年政府工作报告\n——在市第十六届人民代表大会上\n市长　李明\n各位代表：\n现在，我代表市人民政府作报告。\n"
             for i in range(5)]
    assert _recurring_removed(texts) == [[]] * 5


def test_a_recurring_line_inside_the_body_stays():
    # 联合督导组 recurs on every notice, between two sentences: a document's own line, whatever it says
    texts = [f"关于第{i}次督导的通知\n督导工作安排如下。\n联合督导组\n请各单位做好准备。\n" for i in range(5)]
    assert _recurring_removed(texts) == [[]] * 5


def test_the_reference_reports_keep_their_salutation_and_byline(tmp_path, wild_dir):
    sources = wild_files("reference/*.txt")
    out = tmp_path / "out"
    result = subprocess.run([sys.executable, "-m", "cleaner.cli", "clean", str(wild_dir / "reference"), "-o", str(out), "-q"],
                            cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    removed = [f["before"].strip() for p in sources
               for f in json.loads((out / (p.stem + ".json")).read_text(encoding="utf-8"))["findings"]
               if f["rule"] == _RULE]
    assert removed == []
    kept = sum((out / (p.stem + ".txt")).read_text(encoding="utf-8").count("各位代表：") for p in sources)
    assert kept >= 15


# --- page widgets glued where the document's own lines stand --------------------------------------------

_TITLE = "江岭市医疗保障局2023年工作要点"
_BODY = ("2023年，县医疗保障局将以习近平新时代中国特色社会主义思想为指导，全面推进医疗保障工作。\n"
         "（一）推进紧密型县域医共体建设。在3个县（市）全面推开。")
_SIGN = "江岭市医疗保障局\n2023年1月8日"


def _chrome_removed(line: str) -> list[str]:
    raw = "\n".join([_TITLE, _BODY, line, _BODY.replace("2023年，", "同时，"), _SIGN]) + "\n"
    return [f.before.strip() for f in clean(raw).findings if f.rule.startswith("chrome.") and f.before.strip()]


@pytest.mark.parametrize("line, widget", [
    # a row of widgets strung on ›, in traditional characters, after the paragraph's last sentence
    ("使“草根”创新蔚然成风、遍地开花。點擊：45993次 › 【字體：大 中 小】 › 回到頂端", "點擊：45993次 › 【字體：大 中 小】 › 回到頂端"),
    # buttons after a clause's semicolon, set apart by a blank
    ("（二）其他医疗机构每半年至少开展1次全面自查；\u3000【打印】【关闭】", "【打印】【关闭】"),
    # an eye icon's count and a button, glued before the paragraph across an ideographic space
    ("👁 2.0万 | [打印]\u3000要顺应人民群众对美好生活环境的期待，大力加强生态文明建设。", "👁 2.0万 | [打印]"),
])
def test_a_widget_glued_to_a_line_of_the_document_goes_alone(line, widget):
    removed = _chrome_removed(line)
    assert widget in removed
    assert not any(line.replace(widget, "").strip()[:8] in r for r in removed)


@pytest.mark.parametrize("line", [
    "◆ 扫码在手机上阅读 ◆",  # a QR label framed by symbols
    "首页 上页 下页 末页",  # a pager of 上页/下页
    "📅 [2023-01-22]｜访问：3770次｜点赞数：46",  # a stamp and counters, one labelled with a colon
])
def test_a_widget_line_goes(line):
    raw = "\n".join([_TITLE, line, _BODY, _SIGN]) + "\n"
    assert line in [f.before.strip() for f in clean(raw).findings if f.rule.startswith("chrome.")]


@pytest.mark.parametrize("line", [
    "（三）政务公开。全年发布政务信息1256条；总阅读量：12.5万次",  # a summary's item ends on its own figure
    "（三）政务公开。全年发布政务信息1523条；　总访问量：45625次",
    "政务微博  全年发布信息356条，阅读量2.0万。",  # a label, a gap, its sentence
    "打印  由综合科统一打印会议材料，各单位不再自行打印。",
    "访问量：12万次  较上年增长30%。",
    "□政务微信 □政务微博 □今日头条 □抖音",  # a questionnaire's options
    "→ 政务微博 → 政务微信 → 抖音",  # a list of channels on arrows
    "全年推出政策解读42期。阅读量2.0万 点赞数4600",
])
def test_the_documents_own_lines_near_widget_shapes_stay(line):
    assert _chrome_removed(line) == []


def test_a_back_button_glued_before_the_title_goes():
    raw = "◀ 返回列表\u30002007年国务院政府工作报告\n" + _BODY + "\n"
    result = clean(raw)
    assert result.text.startswith("2007年国务院政府工作报告")


# --- promises quoted by the text -------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "一些培训机构打着“包过”“不过退费”的旗号招揽考生，报名前请核实其办学资质。",
    "部分驾校以“包拿证”“不过退费”为噱头招揽学员，联系电话：0571-88886666。",
])
def test_promises_the_text_quotes_stay(sentence):
    raw = "\n".join(["江岭市市场监督管理局关于开展驾驶培训市场专项整治的通知", "各县（区）市场监督管理局：",
                     "为规范驾驶培训市场秩序，市局决定开展专项整治。", sentence, "江岭市市场监督管理局", "2024年3月25日"]) + "\n"
    assert [f.before for f in clean(raw).findings if f.rule.startswith("ads.")] == []


# --- a site's voice glued before a paragraph with a wide gap ----------------------------------------------

def test_a_voice_glued_before_a_paragraph_ends_at_the_gap():
    line = "下载本文档需要登录，请先注册会员\u3000加强社会管理，维护社会和谐安定。要特别重视维护群众合法权益。"
    raw = "\n".join(["江岭市人民政府2023年工作报告", "今年以来，全市经济社会保持平稳健康发展。", line, "江岭市人民政府", "2024年1月10日"]) + "\n"
    result = clean(raw)
    assert [f.before for f in result.findings if f.rule.startswith("ads.")] == ["下载本文档需要登录，请先注册会员\u3000"]
    assert "加强社会管理，维护社会和谐安定。要特别重视" in result.text


# --- more widget shapes, and their look-alikes ----------------------------------------------------------

@pytest.mark.parametrize("line, widget", [
    ("续抓好基本公共卫生服务，确保各项指标达到省定标准。【返回】【顶部】", "【返回】【顶部】"),  # one button in two cells
])
def test_a_button_split_in_two_cells_goes(line, widget):
    assert widget in _chrome_removed(line)


def test_an_english_breadcrumb_goes():
    assert "Home / Open Government / Government / Notices" in _chrome_removed("Home / Open Government / Government / Notices")


def test_a_row_of_widgets_under_the_title_goes_whole():
    raw = "\n".join(["南湖区安全生产举报奖励办法", "[字体:大|中|小] ┊ 加入收藏夹 ┊ 打印该页 ┊ [关闭本页]",
                     "第一条\u3000为鼓励社会公众举报安全生产重大事故隐患，制定本办法。"]) + "\n"
    removed = [f.before for f in clean(raw).findings if f.rule.startswith("chrome.")]
    assert removed == ["[字体:大|中|小] ┊ 加入收藏夹 ┊ 打印该页 ┊ [关闭本页]\n"]


@pytest.mark.parametrize("line", [
    "▶ 长按识别图中二维码",  # a step of the document's list, bulleted, not a label framed
    "各地要加强组织领导。【返回】",  # one cell alone may be the document's
    "homework / reading",
])
def test_look_alikes_of_those_widgets_stay(line):
    assert _chrome_removed(line) == []


def test_a_notices_own_landline_row_stays_beside_an_ad():
    raw = "\n".join(["关于做好2024年暑期公共文化场馆开放工作的通知", "各县（区）文化和旅游局：",
                     "为满足广大青少年暑期文化需求，现就做好暑期公共文化场馆开放工作通知如下。",
                     "咨询电话 0571 8888 6666", "代写各类材料 微信：xz8812", "江岭市文化和旅游局", "2024年6月5日"]) + "\n"
    assert [f.before.strip() for f in clean(raw).findings if f.rule.startswith("ads.")] == ["代写各类材料 微信：xz8812"]


def test_a_self_media_collection_footer_goes_and_a_count_of_items_stays():
    footer = "收录于合集 #政务公开 33个"
    raw = "\n".join([_TITLE, _BODY, "全年完成项目 33个", footer, "轻触阅读原文"]) + "\n"
    removed = [f.before.strip() for f in clean(raw).findings if f.rule.startswith("chrome.")]
    assert footer in removed and "全年完成项目 33个" not in removed
