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
