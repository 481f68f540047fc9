"""Cleaned records -> pandas tables for validation and reports (documents, paragraphs, findings).

Built from what ``cleaner clean`` wrote (``<id>.txt`` + ``<id>.json``), never by re-running
rules: the validation checks the corpus as shipped.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd

from cleaner import records
from cleaner.outline import outline, read_marker
from cleaner.textutil import removed_han, removed_share

FAMILIES = ("html", "encoding", "metadata", "chrome", "ads", "punct", "space", "date", "layout",
            "numbering", "dup", "figure", "quote", "garbled", "guard")
ACTIONS = ("remove", "fix", "flag")
METADATA_FIELDS = ("title", "publish_date", "written_date", "publisher", "doc_number", "index_number")
# Levels whose numbering must run on: 一是/二是 restart inside every paragraph and are left out.
CHECKED_LEVELS = ("chapter", "article", "l1", "l2", "l3", "l4")
STEP = " \u2192 "  # between the previous marker and the paragraph it numbers


@dataclass(frozen=True)
class Tables:
    documents: pd.DataFrame
    paragraphs: pd.DataFrame
    findings: pd.DataFrame


def load(clean_dir: Path, unusable: list[str] | None = None) -> Tables:
    """The three tables of a clean folder; a record that cannot be read is left out, and
    its reason appended to ``unusable``."""
    return build(readable_records(clean_dir, unusable if unusable is not None else []))


def readable_records(clean_dir: Path, unusable: list[str]) -> Iterable[tuple[str, dict]]:
    """``(clean text, record)`` of each readable record of ``clean_dir``; why the others
    cannot be read goes to ``unusable``."""
    for path in records.iter_records(Path(clean_dir)):
        try:
            yield records.read_clean(path)
        except records.RecordError as exc:
            unusable.append(str(exc))


def build(records: Iterable[tuple[str, dict]]) -> Tables:
    """The three tables from (clean text, JSON record) pairs."""
    documents, paragraphs, findings = [], [], []
    for text, rec in records:
        doc_paragraphs = list(_paragraphs(rec["id"], text))
        paragraphs += doc_paragraphs
        findings += [_finding_row(rec["id"], f) for f in rec["findings"]]
        documents.append(_document_row(text, rec, doc_paragraphs))
    return Tables(
        _frame(documents, _DOCUMENT_COLUMNS),
        _frame(paragraphs, _PARAGRAPH_COLUMNS, strings=("text", "outline_step")),
        _frame(findings, _FINDING_COLUMNS, strings=("before", "after", "reason")),
    )


_PARAGRAPH_COLUMNS = ("doc_id", "index", "text", "outline_marker", "outline_level", "outline_step")
_FINDING_COLUMNS = ("doc_id", "rule", "family", "action", "start", "end", "before", "after", "reason")
_DOCUMENT_COLUMNS = (
    ("doc_id", "source_path", "source_encoding", "chars_in", "chars_out", "removed_share", "paragraphs",
     "outline_items", "outline_breaks", "outline_status", "date")
    + METADATA_FIELDS
    + tuple(f"{family}_{action}" for family in FAMILIES for action in ACTIONS)
)


def _frame(rows: list[dict], columns: tuple[str, ...], strings: tuple[str, ...] = ()) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=list(columns))
    # Arrow-backed strings: regex expectations run in Arrow's engine, not row by row.
    for name in strings:
        frame[name] = frame[name].astype("string[pyarrow]")
    return frame


def _paragraphs(doc_id: str, text: str):
    markers = {item.line.index: item for item in outline(text)}
    last: dict[str, str] = {}  # level -> marker text of the previous item at that level
    for index, paragraph in enumerate(text.split("\n") if text else []):
        item = markers.get(index)
        row = {"doc_id": doc_id, "index": index, "text": paragraph,
               "outline_marker": None, "outline_level": None, "outline_step": None}
        if item is not None and item.level in CHECKED_LEVELS:
            marker = paragraph[:item.end]
            row.update(outline_marker=marker, outline_level=item.level,
                       outline_step=f"{last.get(item.level, '')}{STEP}{paragraph[:24]}")
            last[item.level] = marker
        yield row


def outline_step_ok(step: str) -> bool:
    """The paragraph's marker follows the previous one of its level: next numeral, or 1.

    >>> outline_step_ok("（十九） → （二十）加强基层"), outline_step_ok("（二十） → （二十）加强")
    (True, False)
    >>> outline_step_ok(" → 一、总体要求"), outline_step_ok("八、 → 、同心同力")
    (True, False)
    """
    previous, _, current = step.partition(STEP)
    marker = read_marker(current)
    if marker is None or marker[3] != "ok" or marker[2] is None:
        return False
    if not previous:
        return True
    before = _marker(previous)
    if before is None or before[2] is None:
        return True  # the previous marker was the broken one: reported there
    return marker[2] in (before[2] + 1, 1)


@lru_cache(maxsize=4096)
def _marker(marker: str):
    """Markers repeat across a corpus ("（一）", "二、"): read each once."""
    return read_marker(marker)


def _document_row(text: str, rec: dict, paragraphs: list[dict]) -> dict:
    counts = {f"{family}_{action}": 0 for family in FAMILIES for action in ACTIONS}
    for f in rec["findings"]:
        key = f"{f['rule'].split('.', 1)[0]}_{f['action']}"
        counts[key] = counts.get(key, 0) + 1
    removed = removed_han((f["rule"], f["action"], f["before"]) for f in rec["findings"])
    steps = [p["outline_step"] for p in paragraphs if p["outline_step"] is not None]
    breaks = sum(1 for s in steps if not outline_step_ok(s))
    meta = rec.get("metadata", {})
    return {
        "doc_id": rec["id"], "source_path": rec["source"]["path"], "source_encoding": rec["source"]["encoding"],
        "chars_in": rec["stats"]["chars_in"], "chars_out": rec["stats"]["chars_out"],
        "removed_share": round(removed_share(removed, text), 4),
        "paragraphs": len(paragraphs), "outline_items": len(steps), "outline_breaks": breaks,
        "outline_status": "none" if not steps else ("ok" if not breaks else f"{breaks} break(s)"),
        "date": meta.get("publish_date") or meta.get("written_date"),
        **{name: meta.get(name) for name in METADATA_FIELDS},
        **counts,
    }


def _finding_row(doc_id: str, f: dict) -> dict:
    return {"doc_id": doc_id, "rule": f["rule"], "family": f["rule"].split(".", 1)[0], "action": f["action"],
            "start": f["start"], "end": f["end"], "before": f["before"], "after": f["after"], "reason": f["reason"]}
