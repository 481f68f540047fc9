"""Run summaries computed from the records alone (never by re-running rules)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

ACTIONS = ("remove", "fix", "flag")


@dataclass
class Summary:
    """Totals over the documents of one run."""

    documents: int = 0
    chars_in: int = 0
    chars_out: int = 0
    by_family: Counter = field(default_factory=Counter)  # (family, action) -> count
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)
    unwritten: list[tuple[str, str]] = field(default_factory=list)  # (path, reason): outputs that failed
    written: set = field(default_factory=set)  # ids of the documents written
    unfinished: set = field(default_factory=set)  # ids of inputs skipped this time: their outputs are kept
    reused: int = 0  # of those, unchanged since the last run: outputs kept as they were
    over_cleaned: list[tuple[str, float]] = field(default_factory=list)  # (id, removed share), flagged

    def add(self, chars_in: int, chars_out: int, findings: Iterable[dict]) -> None:
        self.documents += 1
        self.chars_in += chars_in
        self.chars_out += chars_out
        for f in findings:
            self.by_family[(f["rule"].split(".", 1)[0], f["action"])] += 1

    def add_counts(self, chars_in: int, chars_out: int, counts: Counter) -> None:
        """A document already counted: ``counts`` maps (family, action) to findings."""
        self.documents += 1
        self.chars_in += chars_in
        self.chars_out += chars_out
        self.by_family.update(counts)

    def families(self) -> list[str]:
        return sorted({family for family, _ in self.by_family})

    def rows(self) -> list[tuple[str, int, int, int]]:
        """``(family, removed, fixed, flagged)`` per family, sorted by family."""
        return [(fam, *(self.by_family[(fam, a)] for a in ACTIONS)) for fam in self.families()]
