"""The central types: plain frozen records, no logic beyond derived views.

A rule yields :class:`Edit`, :class:`Flag` and :class:`Field` values with offsets into the
text it was given; the pipeline gathers them per rule into a :class:`Step` and the whole
run into a :class:`Cleaned` document.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace ``text[start:end]`` (which must equal ``old``) by ``new``, for ``reason``."""

    start: int
    end: int
    old: str
    new: str
    reason: str


@dataclass(frozen=True, slots=True)
class Flag:
    """Mark ``text[start:end]`` as suspect, for ``reason``; never changes text."""

    start: int
    end: int
    reason: str


@dataclass(frozen=True, slots=True)
class Field:
    """A metadata value (``publish_date`` ...) found at ``text[start:end]``."""

    name: str
    value: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Step:
    """What one rule did to one document, in the coordinates of the text it received."""

    rule: str
    edits: tuple[Edit, ...] = ()
    flags: tuple[Flag, ...] = ()
    fields: tuple[Field, ...] = ()


@dataclass(frozen=True, slots=True)
class Finding:
    """One edit or flag as a reviewer sees it: offsets into the decoded raw text.

    ``pos`` is the offset in the text the rule received; with the step order it is what
    lets :func:`cleaner.edits.restore` replay the record backwards.
    """

    rule: str
    action: str  # "remove" | "fix" | "flag"
    start: int
    end: int
    before: str
    after: str
    reason: str
    step: int
    pos: int

    def to_dict(self) -> dict:
        return {
            "rule": self.rule,
            "action": self.action,
            "start": self.start,
            "end": self.end,
            "before": self.before,
            "after": self.after,
            "reason": self.reason,
            "step": self.step,
            "pos": self.pos,
        }

    @classmethod
    def from_dict(cls, d: dict) -> "Finding":
        return cls(
            d["rule"], d["action"], d["start"], d["end"], d["before"], d["after"],
            d["reason"], d["step"], d["pos"],
        )


@dataclass(frozen=True, slots=True)
class Cleaned:
    """The result of cleaning one document.

    ``raw`` is the decoded raw text exactly as read; ``findings`` carry code-point offsets
    into it. The rules saw it with line ends normalized to LF; ``line_ends`` records what
    they were.
    """

    doc_id: str
    raw: str
    text: str
    steps: tuple[Step, ...]
    findings: tuple[Finding, ...]
    metadata: dict = field(default_factory=dict)
    line_ends: dict = field(default_factory=lambda: {"style": "\n"})
    removed_han: int = 0  # Han characters the removals took (textutil.removed_han)

    def restore(self) -> str:
        """The raw text rebuilt from the clean text and the record alone."""
        from cleaner.edits import restore
        from cleaner.newlines import denormalize

        return denormalize(restore(self.text, self.findings), self.line_ends)


@dataclass(frozen=True, slots=True)
class Corpus:
    """What is known across the corpus and from configuration, computed before cleaning.

    ``recurring_lines``: lines that stand verbatim on many pages of the corpus (chrome
    candidates); ``chrome_phrases`` / ``ad_phrases``: the user's additions to the
    package's phrase lists; ``max_removed_share``: the removed share past which a
    document is flagged as over-cleaned.
    """

    recurring_lines: frozenset = frozenset()
    chrome_phrases: tuple = ()
    ad_phrases: tuple = ()
    max_removed_share: float = 0.4


@dataclass(frozen=True, slots=True)
class Context:
    """The plain values a rule may ask for as its second argument.

    ``metadata``: the fields found by earlier rules on this document (read-only);
    ``corpus``: corpus knowledge and configuration; ``removed_han``: Han characters the
    removals took (of the html family's, only prose: :func:`cleaner.textutil.removed_han`),
    known once the editing rules are done, to the flagging rules; ``decoding_doubt``: what
    reading the file's bytes found suspect, if anything.
    """

    metadata: dict = field(default_factory=dict)
    corpus: Corpus = field(default_factory=Corpus)
    removed_han: int = 0
    decoding_doubt: str = ""  # why the bytes may have been decoded wrong (cleaner.decoding.misreading)
