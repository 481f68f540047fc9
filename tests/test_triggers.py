"""Rule triggers are necessary conditions: skipping a rule whose trigger fails changes nothing.

A trigger (``textutil.only_if``) lets the pipeline skip a rule with a substring check. A
wrong trigger would silently drop findings, so every triggered rule is run on texts where
its trigger says no and must find nothing there, and whole documents are cleaned with and
without triggers and must give the same record.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cleaner import io
from cleaner.pipeline import ORDER, _wants_context, clean, rule_id
from cleaner.rules import chrome
from cleaner.types import Context

from test_properties import GOV_TEXT, HAN, SETTINGS  # one budget and one seed policy for both

REPO = Path(__file__).resolve().parent.parent
WILD = REPO.parent / "shared" / "wild"

TRIGGERED = [rule for rule in ORDER if getattr(rule, "trigger", None) is not None]

# Pieces that sit right beside what the triggers look for: near misses and hits.
NEAR = st.sampled_from([
    "相关", "相关链接", "延伸阅读", "abcd39f1fb7f426d9dfb6bd0fa1f2146", "abcd39f1fb7f426d", "位置", "首页",
    "%", "\uff05", "120%", "覆盖率达120%", "1.4025万元", "1.402万", "46 525万元", "1. 5亿元", "1O0个", "1.40.25万元",
    "~~", "##", "\u25a1", "()", "\uff08\uff09", "[]", "\u201c\u201d", "\u300a\u300b", "?", "??", "\ufffd", "锟斤拷",
    "摄", "记者 王鼎 摄", "[", "【上半年】", "<<", "\u00ab", "...", "\u2026", "--", "\u2015\u2015", "\u00b7\u00b7\u00b7",
    "，\n", "、 \n", "，\u3000\n", "\n及", "\n 和", "《", "》", "——", "2022年7月25日\n", "2022年7月25日 ", "日\n",
    "11330782329949043U/2021-374107", "ABCDE-1", ":", "\uff1a", "\x1c", "\x85",
])
TEXTS = st.lists(st.one_of(st.text(HAN, min_size=1, max_size=4), NEAR, GOV_TEXT), max_size=30).map("".join)


def _run(rule, text: str) -> list:
    return list(rule(text, Context()) if _wants_context(rule) else rule(text))


def test_the_costly_rules_have_triggers():
    """The triggers exist (a refactor that drops them loses the fast path silently)."""
    assert len(TRIGGERED) >= 20
    assert {"chrome.drop_footers", "punct.widen_ascii_punctuation", "figure.flag_broken_numbers"} <= {
        rule_id(r) for r in TRIGGERED}


@pytest.mark.parametrize("rule", TRIGGERED, ids=rule_id)
@SETTINGS
@given(text=TEXTS)
def test_a_rule_whose_trigger_fails_finds_nothing(rule, text):
    if not rule.trigger(text):
        assert _run(rule, text) == []


@SETTINGS
@given(text=TEXTS)
def test_triggers_change_no_record(text):
    fast, full = clean(text), clean(text, use_triggers=False)
    assert (fast.text, fast.findings, fast.metadata) == (full.text, full.findings, full.metadata)


def _real_documents() -> list[Path]:
    files = sorted((REPO / "raw").iterdir())
    if WILD.is_dir():
        files += sorted(p for p in WILD.rglob("*") if p.suffix in (".txt", ".html", ".htm"))
    return files


@pytest.mark.parametrize("path", _real_documents(), ids=lambda p: p.name)
def test_triggers_change_no_record_on_real_documents(path):
    text = io.decode(path.read_bytes())[0]
    fast, full = clean(text), clean(text, use_triggers=False)
    assert fast.text == full.text
    assert fast.findings == full.findings
    assert fast.metadata == full.metadata


@pytest.mark.parametrize("text", ["相关链接>>一::一", "政务公开 :: 通知公告 > 正文", "政务公开 - 通知公告 - 正文"])
def test_breadcrumb_trigger_covers_mixed_separators(text):
    # hypothesis found "相关链接>>一::一": a trail on two kinds of separator, which the rule removes
    rule = chrome.drop_breadcrumbs
    assert rule.trigger(text) or _run(rule, text) == []


def test_a_date_first_issuer_row_passes_the_trigger():
    """Found by the fuzz above on a fresh clone: the trigger read only the issuer-first order, so a
    date-first row (the order metalines also reads) never reached the rule."""
    from cleaner.rules.metadata import extract_issuer_date_rows
    for text in ("2021-03-24一一局", "标题\n【2020-02-22】 白河县市场监督管理局\n正文。"):
        assert extract_issuer_date_rows.trigger(text)
        assert _run(extract_issuer_date_rows, text)
