"""Round-13 review: false positives of the round-13 rules on real-shaped passages.

Each document is legitimate text that main leaves alone; r13-trial removes or flags it.
Every test fails on r13-trial as merged and passes once the rule is withdrawn or narrowed."""
from pathlib import Path

import pytest

from cleaner.pipeline import clean

DATA = Path(__file__).parent / "data" / "review_r13"


def _doc(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


# dup.drop_repeated_paragraphs (dupreflow.damaged_copy): an amendment's old and new article side
# by side (a 修改对照表 read as text); the new one differs only by a deleted word (并).
@pytest.mark.parametrize("name, kept", [
    ("dup_amendment_deleted_word.txt", "社会发展规划，安排必要的资金。"),
    ("dup_amendment_table_deleted_word.txt", "保障畅通的原则，接受社会监督。"),
])
def test_amended_article_with_a_word_deleted_is_kept(name, kept):
    out = clean(_doc(name)).text
    assert kept in out
    assert out.count("第") >= 2  # both articles stay


# dup.drop_repeated_paragraphs (dupreflow.glued_before_next): the amended article is the old one
# plus an added sentence; cutting the "copy" leaves the new article without its opening.
def test_amended_article_with_an_added_sentence_keeps_its_opening():
    out = clean(_doc("dup_amendment_added_sentence.txt")).text
    assert "任何单位和个人不得截留、挤占、挪用。市财政部门应当会同交通运输部门加强监督检查。" in out
    assert out.count("农村公路养护资金应当专款专用") == 2


# metadata.extract_labeled_fields (修改日期 as a strong publish_date label, _VALUE_END cells):
# a register's revision note after its title is content, and 修改内容 with it.
def test_revision_note_of_a_register_is_kept():
    out = clean(_doc("meta_revision_note_line.txt")).text
    assert "修改内容：新增医疗机构5家" in out


# metadata.extract_labeled_fields (信息名称 as a strong title label): the rows of a
# 政府信息公开目录 are the document itself.
def test_catalog_rows_naming_documents_are_kept():
    out = clean(_doc("meta_catalog_rows_info_name.txt")).text
    assert "关于做好卫生健康工作的通知" in out
    assert "关于开展爱国卫生运动的通知" in out


# metadata.drop_credit_lines (作者 added to the credit roles): the authors of awarded works.
def test_authors_in_an_award_list_are_kept():
    out = clean(_doc("meta_award_list_authors.txt")).text
    assert "作者：张明" in out
    assert "王芳" in out


# metadata.drop_credit_lines (作者): a submission template in the body that lists the fields
# to fill. (Its 文章标题 / 发表时间 lines are already lost on main, by other rules: not tested here.)
def test_submission_template_author_field_is_kept():
    out = clean(_doc("meta_submission_template_fields.txt")).text
    assert "作者：张明" in out


# metadata.find_title (metalines.title_date_prefix): a 工作动态 page's dated entry ending on a
# document kind (工作要点) is taken for a list card and loses its date.
def test_dated_entry_of_a_chronicle_keeps_its_date():
    out = clean(_doc("meta_chronicle_entry_date.txt")).text
    assert "2021年3月5日　江岭市卫健委印发全市卫生健康工作要点" in out


def _flags(name: str, rule_prefix: str) -> list:
    return [f for f in clean(_doc(name)).findings if f.rule.startswith(rule_prefix) and f.action == "flag"]


# garbled.flag_replacement_characters (屯屯 as GBK debug fill): 屯屯通 is Guangxi's road
# programme (every 屯 connected), 各屯屯长 the heads of each 屯.
def test_tuntun_road_programme_is_not_flagged():
    assert not [f for f in _flags("garbled_tuntun_road_term.txt", "garbled.") if "屯" in f.before]


# garbled.flag_undecoded_residue (U+XXXX for Han): a notice on entering rare characters
# cites their code points on purpose.
def test_cited_code_points_of_rare_characters_are_not_flagged():
    assert not [f for f in _flags("garbled_rare_char_code_points.txt", "garbled.") if "U+" in f.before]


# garbled.flag_symbol_runs (a lone ▢ / ⬜ between Han): check boxes of a form.
def test_form_check_boxes_are_not_flagged():
    assert not [f for f in _flags("garbled_form_checkboxes.txt", "garbled.") if f.before in ("▢", "⬜")]


# metadata.extract_labeled_fields (labels._LEAD_CELLS / _VALUE_END: unnamed cells opening a
# row before a strong field): the rows of a list of institutions, each with its update date.
def test_institution_rows_with_an_update_date_are_kept():
    out = clean(_doc("meta_institution_rows_update_time.txt")).text
    assert "机构名称：江岭市人民医院" in out
    assert "江岭市中山路8号" in out


# figure.flag_parts_exceeding_total (quantities: parts in brackets after a total): a bracket
# giving the cumulative figure (累计) beside the year's, no list of parts.
def test_cumulative_figure_in_brackets_is_not_a_part():
    assert not [f for f in _flags("figure_bracket_cumulative_total.txt", "figure.") if "12万人" in f.before]


# figure.flag_parts_exceeding_total (figuretotals.mismatched_totals): running totals, each
# 合计 the sum so far; the earlier 合计 is read as one more part.
@pytest.mark.parametrize("name", ["figure_running_totals_count.txt", "figure_running_totals_money.txt"])
def test_running_totals_are_not_flagged(name):
    assert not [f for f in _flags(name, "figure.") if "合计" in f.before]


# figure.flag_parts_exceeding_total (quantities._opening_breakdowns: 其中 opening a line): the
# line above gives two totals (资金 and 社会投资); the 其中 line breaks down both.
def test_qizhong_line_breaking_down_two_totals_is_not_flagged():
    assert not _flags("figure_qizhong_line_two_totals.txt", "figure.flag_parts_exceeding_total")


# metadata.find_title (metalines.title_date_prefix): the date a speech was given, in brackets,
# run onto the title's line; it is the speech's own date, not a list page's.
def test_speech_date_before_its_title_is_kept():
    out = clean(_doc("meta_speech_date_before_title.txt")).text
    assert "（2021年3月31日）" in out


# metadata.find_title (metalines.title_date_prefix): a list page of notices, each row dated;
# the first row is taken for the title and loses its date, the others keep theirs.
def test_dated_rows_of_a_notice_list_keep_their_dates():
    out = clean(_doc("meta_notice_list_rows_dates.txt")).text
    assert "[2021-03-31] 关于做好清明节期间疫情防控工作的通知" in out
