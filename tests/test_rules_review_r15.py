"""Round-15 adversarial review (dup, dates, numbering, figure): real content the new rules must keep.

Each document under tests/data/review_r15/ is real-shaped text. KEPT lists passages that must
survive cleaning verbatim (no removal, no repair); UNFLAGGED lists figures that no figure finding
may cover (they are real measures, not slips).
"""

from pathlib import Path

import pytest

from cleaner.pipeline import clean

_DATA = Path(__file__).parent / "data" / "review_r15"

KEPT = {
    # dup._glued_echo: a sentence restated to build on it (the amended article; a rhetorical build-up)
    "dup_echo_legal_amended.txt": [
        "当事人对行政处罚决定不服的，可以依法申请行政复议。当事人对行政处罚决定不服的，可以依法申请行政复议或者提起行政诉讼。",
    ],
    "dup_echo_restated_build.txt": [
        "实施乡村振兴战略，加快农业农村现代化。实施乡村振兴战略，加快农业农村现代化必须坚持农业农村优先发展。",
        "坚持以人民为中心，增进民生福祉。坚持以人民为中心，增进民生福祉是发展的根本目的。",
    ],
    # dup traditional fold: a bilingual (繁/简) form and slogan; the simplified copy is the page's own
    "dup_trad_bilingual_form.txt": [
        "活动主题为“兩岸一家親，共圓中國夢”。",
        "兩岸一家親，共圓中國夢。两岸一家亲，共圆中国梦。",
    ],
    "dup_trad_hk_name.txt": ["公司名称：香港中华总商会"],
    "dup_trad_member_list.txt": ["香港中華總商會，香港中華廠商聯合會。"],
    # the 繁→简 table folds characters simplified text uses (於 a surname, 乾县, 慰藉, 瞭望, 宫商角徵羽):
    # two people 於洋 and 于洋 read as one paragraph twice
    "dup_trad_fold_surname.txt": ["於洋，江岭市第一中学数学教师"],
    # dup.trailer_copy: a second table row / figure caption / citation that adds a count, figure or page
    "dup_trailer_refs_jobs.txt": [
        "具有相关工作经验。2人",
        "在线填写报名信息。（图1）",
        "人民出版社。2021:7",
    ],
    # dates bracketed_runs: student numbers and a 7-figure phone in brackets at a line's end
    "date_bracket_ids_phone.txt": [
        "张三（2021329）",
        "李四（2021330）",
        "全区共有退役军人学员（2021106）",
        "基础教育科（2021329）",
    ],
    # dates chinese_line_breaks: a line ending on a month, the next line opening with another month
    "date_cn_wrap_timeline.txt": [
        "启动时间：二〇二一年三月\n四月底前完成自查",
        "第一阶段：二〇二一年一月\n二月至三月开展调研。",
    ],
    # numbering outlinestyles: ties (并列第二), a grade used twice, water classes, annex parts restarting
    "num_styled_ties.txt": [
        "第二，五中（并列）",
        "第二，第五中学（并列）",
        "B.称职（试用期）：赵六",
    ],
    "num_styled_water_class.txt": [
        "Ⅰ 类至Ⅲ类水质断面比例92%",
    ],
    "num_styled_annex_parts.txt": [
        "附件2\n第一部分　评审标准",
    ],
}

UNFLAGGED = {
    # figure: 方 as cubic metres before 人工; 方元 a person's name; 外商投资 (foreign-invested firms)
    # and 预算 (budget units) counted in 家/个
    "fig_flags_real.txt": ["3000方人", "13800138000方元", "1.2万家", "1.5万个"],
}


# figures that must keep every occurrence (dup._doubled_clause: two table cells of one value,
# 预算数 = 决算数, a blank between them)
COUNTS = {
    "dup_clause_equal_cells.txt": [("12.50万元", 2)],
}

# flags whose reading is wrong: a two-figure year of the last century read as 20xx
WRONG_READING = {
    "date_two_figure_last_century.txt": ["2099年", "2098年"],
}


def _read(name: str) -> str:
    return (_DATA / name).read_text(encoding="utf-8")


@pytest.mark.parametrize(("name", "passage"), [(n, p) for n, ps in KEPT.items() for p in ps])
def test_real_content_kept(name, passage):
    text = _read(name)
    assert passage in text
    assert passage in clean(text).text


@pytest.mark.parametrize(("name", "figure"), [(n, f) for n, fs in UNFLAGGED.items() for f in fs])
def test_real_figures_not_flagged(name, figure):
    text = _read(name)
    result = clean(text)
    start = text.index(figure)
    end = start + len(figure)
    hits = [f for f in result.findings
            if f.rule.startswith("figure.") and f.start < end and start < f.end]
    assert not hits, hits


@pytest.mark.parametrize(("name", "reading"), [(n, r) for n, rs in WRONG_READING.items() for r in rs])
def test_no_wrong_reading_offered(name, reading):
    result = clean(_read(name))
    assert not [f for f in result.findings if reading in f.reason]


@pytest.mark.parametrize(("name", "figure", "count"), [(n, f, c) for n, fs in COUNTS.items() for f, c in fs])
def test_every_occurrence_kept(name, figure, count):
    text = _read(name)
    assert text.count(figure) == count
    assert clean(text).text.count(figure) == count
