"""Apply edits, map offsets back to the raw text, restore the raw text from the record.

:func:`apply` is the only function in the package that changes text. Every other piece of
the record (raw offsets, restoration) is derived from the edits it was given, so the record
and the text can never drift apart.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence

from cleaner.types import Edit, Finding


class EditError(ValueError):
    """An edit does not fit the text it is applied to (overlap, stale ``old``, bounds)."""


def apply(text: str, edits: Iterable[Edit]) -> str:
    """Return ``text`` with ``edits`` applied; reject overlaps and stale edits.

    Edits are given in the coordinates of ``text`` and applied as one simultaneous
    change, so their order does not matter.

    >>> apply("a,b", [Edit(1, 2, ",", "，", "width")])
    'a，b'
    >>> apply("ab", [Edit(0, 1, "x", "", "stale")])
    Traceback (most recent call last):
    ...
    cleaner.edits.EditError: edit 0:1 expects 'x', text has 'a'
    """
    ordered = sort_checked(text, edits)
    if not ordered:
        return text
    pieces: list[str] = []
    cursor = 0
    for edit in ordered:
        pieces.append(text[cursor:edit.start])
        pieces.append(edit.new)
        cursor = edit.end
    pieces.append(text[cursor:])
    return "".join(pieces)


def sort_checked(text: str, edits: Iterable[Edit]) -> list[Edit]:
    """Edits sorted by position after checking bounds, ``old`` and overlaps."""
    ordered = sorted(edits, key=lambda e: (e.start, e.end))
    previous: Edit | None = None
    for edit in ordered:
        if not 0 <= edit.start <= edit.end <= len(text):
            raise EditError(f"edit {edit.start}:{edit.end} is out of bounds (len {len(text)})")
        if text[edit.start:edit.end] != edit.old:
            raise EditError(
                f"edit {edit.start}:{edit.end} expects {edit.old!r}, "
                f"text has {text[edit.start:edit.end]!r}"
            )
        if previous is not None and (
            previous.end > edit.start
            or (previous.start == edit.start and previous.end == edit.start)
        ):
            raise EditError(f"edits {previous.start}:{previous.end} and {edit.start}:{edit.end} overlap")
        previous = edit
    return ordered


class OffsetMap:
    """Maps positions in the text a step produced back to the text it received.

    A position inside replaced text maps to the start (or end) of what it replaced.

    >>> m = OffsetMap([Edit(2, 4, "xx", "y", "r")])  # "abxxcd" -> "abycd"
    >>> [m.back(q) for q in range(6)]
    [0, 1, 2, 4, 5, 6]
    >>> m.back(3, end=True), m.back(2, end=True)
    (4, 2)
    """

    __slots__ = ("_out_starts", "_out_ends", "_in_starts", "_in_ends", "_shift_after")

    def __init__(self, ordered_edits: Sequence[Edit]):
        self._out_starts: list[int] = []
        self._out_ends: list[int] = []
        self._in_starts: list[int] = []
        self._in_ends: list[int] = []
        self._shift_after: list[int] = []
        shift = 0
        for edit in ordered_edits:
            out_start = edit.start + shift
            shift += len(edit.new) - (edit.end - edit.start)
            self._out_starts.append(out_start)
            self._out_ends.append(out_start + len(edit.new))
            self._in_starts.append(edit.start)
            self._in_ends.append(edit.end)
            self._shift_after.append(shift)

    def back(self, q: int, end: bool = False) -> int:
        """The position in the step's input that output position ``q`` came from."""
        i = bisect_right(self._out_starts, q) - 1
        if i < 0:
            return q
        if q >= self._out_ends[i] and not (end and q == self._out_starts[i] == self._out_ends[i]):
            return q - self._shift_after[i]
        # Inside (or at the start of) text an edit wrote: blame the whole replaced span.
        if end and q > self._out_starts[i]:
            return self._in_ends[i]
        return self._in_starts[i]


def map_span_back(maps: Sequence[OffsetMap], start: int, end: int) -> tuple[int, int]:
    """Map a span through ``maps`` (latest step first) back to the first text."""
    for offset_map in maps:
        start, end = offset_map.back(start), offset_map.back(end, end=True)
    return start, max(start, end)


def restore(text: str, findings: Iterable[Finding]) -> str:
    """Undo every recorded edit, latest step first, and return the text the run started from.

    >>> from cleaner.types import Finding
    >>> f = Finding("punct.x", "fix", 1, 2, ",", "，", "width", step=0, pos=1)
    >>> restore("a，b", [f])
    'a,b'
    """
    by_step: dict[int, list[Finding]] = {}
    for finding in findings:
        if finding.action != "flag":
            by_step.setdefault(finding.step, []).append(finding)
    for step in sorted(by_step, reverse=True):
        text = apply(text, _inverse_edits(by_step[step]))
    return text


def _inverse_edits(step_findings: list[Finding]) -> list[Edit]:
    """The edits that take a step's output back to its input.

    Edits that touched each other in the input (two adjacent removals) land on one spot
    of the output, so they are undone as one edit, in their recorded order.
    """
    spans: list[list] = []  # [out_start, after, before]
    shift = 0
    for f in sorted(step_findings, key=lambda f: (f.pos, f.pos + len(f.before))):
        out = f.pos + shift
        if spans and spans[-1][0] + len(spans[-1][1]) == out:
            spans[-1][1] += f.after
            spans[-1][2] += f.before
        else:
            spans.append([out, f.after, f.before])
        shift += len(f.after) - len(f.before)
    return [Edit(out, out + len(after), after, before, "restore") for out, after, before in spans]
