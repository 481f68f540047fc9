"""Phrase lists the rules load: one phrase a line, ``#`` starts a comment.

Lists are data so that they can grow without code changes; a user adds their own through
configuration (``[tool.cleaner]`` or ``--config``), handed to the rules as a value.
"""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def phrases(name: str) -> tuple[str, ...]:
    """The non-empty, non-comment lines of ``cleaner/data/<name>.txt``.

    >>> "网站地图" in phrases("chrome_strong")
    True
    """
    text = resources.files(__package__).joinpath(f"{name}.txt").read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(line)
    return tuple(out)


@cache
def table(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a tab-separated list ``cleaner/data/<name>.tsv`` (comments and blanks skipped)."""
    text = resources.files(__package__).joinpath(f"{name}.tsv").read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            rows.append(tuple(cell.strip() for cell in line.split("\t")))
    return tuple(rows)
