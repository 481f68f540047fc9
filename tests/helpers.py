"""Shared test helpers: one rule run as the pipeline would, the ads the whole pipeline removes."""

from __future__ import annotations

from cleaner.edits import apply
from cleaner.pipeline import clean
from cleaner.types import Edit


def run_rule(rule, text: str) -> str:
    return apply(text, [e for e in rule(text) if isinstance(e, Edit)])


def ads_removed(text: str) -> list[str]:
    """The text of every removal an ads rule made, cleaning ``text`` with the whole pipeline."""
    return [f.before for f in clean(text).findings if f.rule.startswith("ads.") and f.action == "remove"]


def clean_restorable(text: str):
    """``text`` cleaned by the whole pipeline, after checking the record gives the raw text back."""
    cleaned = clean(text)
    assert cleaned.restore() == text
    return cleaned


def ad_removals(cleaned) -> list[str]:
    """The raw text of every removal an ads rule made in ``cleaned``."""
    return [cleaned.raw[f.start:f.end] for f in cleaned.findings if f.rule.startswith("ads.") and f.action == "remove"]


# A county bureau's annual summary, paragraph by paragraph: the skeleton the ad tests put lines into
# (tests/test_rules_r57.py, tests/test_rules_r58.py). Its signature is SUMMARY_SIGNATURE.
SUMMARY_TITLE = "云溪县农业农村局2023年工作总结"
SUMMARY_PARAS = [
    "2023年，我局在县委、县政府的坚强领导下，认真贯彻落实各项决策部署，各项工作取得明显成效。",
    "一、主要工作",
    "全年完成高标准农田建设2.1万亩，粮食播种面积稳定在38万亩以上，确保各项指标达到省定标准。",
    "二、下一步打算",
    "我们将继续加强耕地保护，推进农业科技推广，努力做好各项工作，确保完成全年目标任务。",
]
SUMMARY_SIGNATURE = ["云溪县农业农村局", "2024年1月10日"]
