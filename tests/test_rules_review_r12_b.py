"""Round-12 review (chrome, punct): real content the new rules removed or mis-repaired.

Each document is real-shaped; the test asserts the content is kept. They fail on r12-trial.
"""

from pathlib import Path

import pytest

from cleaner.pipeline import clean

DATA = Path(__file__).parent / "data" / "review_r12_b"

CASES = {
    # chrome.drop_shaped_lines (lineshape.dated_link): a figure like 12.5 reads as a date "12.5"
    "table_amounts_tail.txt": ["城区雨污分流管网改造工程 12.5", "乡镇生活垃圾中转站建设项目 8.3", "农村饮水安全巩固提升工程 10.6"],
    # chrome.drop_shaped_lines: a work plan's 时间安排 with deadlines at the end of the document
    "schedule_dates_tail.txt": ["动员部署阶段全面启动 2024.4.30", "排查整治阶段集中攻坚 2024.8.31", "总结提升阶段巩固成果 2024.11.30"],
    # chrome.drop_shaped_lines: the continuation lines of an unnumbered 附件 list
    "attachment_list_unnumbered.txt": ["关于推进美丽乡村建设的实施方案 2023-06-18", "关于开展村庄清洁行动的工作通知 2023-07-21"],
    # chrome.drop_shaped_lines: an annex that IS a list of policy documents with their dates
    "annex_policy_list.txt": ["江岭市工程建设项目审批制度改革实施方案（2022/06/30）", "江岭市涉企收费清单管理办法（2023/01/15）"],
    # chrome.drop_furniture via uirows language switch: a bilingual table's header row
    "bilingual_glossary_header.txt": ["中文 English"],
    # punct.replace_mark_variants (markslips.dunhao_lookalikes): backticks quoting terms are not 、
    "backtick_code_terms.txt": ["`接口地址`", "`超时时间`"],
    # punct.normalize_ellipsis_and_dash: full-width leader dots of a 目录 line are no ellipsis
    "toc_leader_dots.txt": ["总则．．．．．．．．．．．．1"],
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_real_content_kept(name):
    out = clean((DATA / name).read_text(encoding="utf-8")).text
    for kept in CASES[name]:
        assert kept in out, f"{name}: lost {kept!r}"
