"""Run one rule on a text, as the pipeline would, and return the result."""

from __future__ import annotations

from cleaner.edits import apply
from cleaner.types import Edit


def run_rule(rule, text: str) -> str:
    return apply(text, [e for e in rule(text) if isinstance(e, Edit)])
