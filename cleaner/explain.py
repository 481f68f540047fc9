"""Human-readable lines for the findings of one document (``cleaner explain``)."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator

import regex

_BREAK = regex.compile(r"\r\n|\r|\n")
_SHOWN = 60  # characters of before/after shown per finding


def line_starts(raw: str) -> list[int]:
    """Offsets where each raw line starts (any line end counts).

    >>> line_starts("a\\r\\nb\\nc")
    [0, 3, 5]
    """
    return [0] + [m.end() for m in _BREAK.finditer(raw)]


def explain_rows(raw: str, findings: Iterable[dict], action: str | None = None) -> Iterator[str]:
    """One line per finding: ``L<line>  <rule>  <action>  <before> -> <after>  (<reason>)``.

    >>> rows = explain_rows("标题\\n甲,乙", [{"rule": "punct.widen", "action": "fix", "start": 4,
    ...     "end": 5, "before": ",", "after": "，", "reason": "width"}])
    >>> list(rows)
    ["L2  punct.widen  fix  ',' -> '，'  (width)"]
    """
    starts = line_starts(raw)
    for f in findings:
        if action and f["action"] != action:
            continue
        line = bisect_right(starts, f["start"])
        change = _short(f["before"]) if f["action"] == "flag" else f"{_short(f['before'])} -> {_short(f['after'])}"
        yield f"L{line}  {f['rule']}  {f['action']}  {change}  ({f['reason']})"


def _short(s: str) -> str:
    return repr(s if len(s) <= _SHOWN else s[: _SHOWN - 1] + "…")
