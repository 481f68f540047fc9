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
