"""Reading a clean folder back: the records, their texts, and the raw bytes they rebuild.

Everything that reads what :func:`cleaner.io.write_outputs` wrote goes through here, and
nothing here trusts it: a record that is not JSON, lacks a key, has lost its text or holds
bad base64 raises :class:`RecordError` with the reason, so every command can report it
and go on with the other documents.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import json
from collections.abc import Iterator
from pathlib import Path

from cleaner.io import Source, encode
from cleaner.types import Finding


class RecordError(ValueError):
    """A clean record or its text that cannot be used (not JSON, a key missing, its text
    gone, bad base64 ...), with the reason."""


# What every record holds (the output contract), by type: what tells a record of this tool
# from any other JSON file in the folder, and a damaged record from a whole one.
_RECORD = {"id": str, "schema_version": int, "cleaner_version": str, "source": dict, "metadata": dict,
           "line_ends": dict, "stats": dict, "text_sha256": str, "findings": list}
RECORD_KEYS = tuple(_RECORD)
_SOURCE = {"path": str, "sha256": str, "encoding": str, "bytes": int, "bom": bool}
_SOURCE_OPTIONAL = {"raw_b64": str, "table": str, "row": int}
_STATS = {"chars_in": int, "chars_out": int, "findings": int}
_FINDING = {"rule": str, "action": str, "start": int, "end": int, "before": str, "after": str, "reason": str,
            "step": int, "pos": int}
_ACTIONS = frozenset({"remove", "fix", "flag"})
_LINE_ENDS = frozenset({"\n", "\r\n", "\r"})


def read_clean(json_path: Path) -> tuple[str, dict]:
    """The clean text and the JSON record of one document in a clean folder;
    :class:`RecordError` with the reason when either cannot be used."""
    json_path = Path(json_path)
    try:
        rec = json.loads(json_path.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError) as exc:  # RecursionError: JSON nested past Python's stack
        raise RecordError(f"{json_path}: not a readable record ({type(exc).__name__}: {exc})") from exc
    problem = record_problem(rec)
    if problem:
        raise RecordError(f"{json_path}: {problem}")
    txt_path = json_path.with_suffix(".txt")
    try:
        body = txt_path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise RecordError(f"{json_path}: its text {txt_path.name} is missing") from exc
    except (OSError, ValueError) as exc:
        raise RecordError(f"{txt_path}: cannot be read as UTF-8 text ({exc})") from exc
    return (body[:-1] if body.endswith("\n") else body), rec


def record_problem(rec) -> str | None:
    """What makes ``rec`` unusable as a record, or None: a key missing or of the wrong
    type, an unknown encoding, base64 that is not, a finding that is not one.

    >>> record_problem({"id": "a"})[:30]
    'not a record of this tool: no '
    """
    if not isinstance(rec, dict):
        return f"not a record of this tool: a JSON {type(rec).__name__}, not an object"
    missing = [key for key in RECORD_KEYS if key not in rec]
    if missing:
        return f"not a record of this tool: no {', '.join(missing)}"
    return (_typed("the record", rec, _RECORD) or _source_problem(rec["source"])
            or _typed("its stats", rec["stats"], _STATS) or _line_ends_problem(rec["line_ends"])
            or _findings_problem(rec["findings"])
            or (None if all(isinstance(v, str) for v in rec["metadata"].values()) else "a metadata value is not text"))


def _typed(what: str, value: dict, types: dict, optional: bool = False) -> str | None:
    """The first key of ``types`` that ``value`` lacks (unless ``optional``) or holds with
    another type (``True`` is no integer here)."""
    for key, kind in types.items():
        if key not in value:
            if optional:
                continue
            return f"{what} has no {key}"
        if type(value[key]) is not kind:
            return f"{what}: {key} is a {type(value[key]).__name__}, not a {kind.__name__}"
    return None


def _source_problem(source: dict) -> str | None:
    problem = _typed("its source", source, _SOURCE) or _typed("its source", source, _SOURCE_OPTIONAL, optional=True)
    if problem:
        return problem
    if "\0" in source["path"]:
        return "its source path holds a NUL character"
    try:
        codecs.lookup(source["encoding"])
        if "raw_b64" in source:
            base64.b64decode(source["raw_b64"], validate=True)
    except LookupError:
        return f"its source encoding {source['encoding']!r} is not one Python knows"
    except (binascii.Error, ValueError):
        return "its source raw_b64 is not base64"
    return None


def _line_ends_problem(line_ends: dict) -> str | None:
    exceptions = line_ends.get("exceptions", [])
    if line_ends.get("style") not in _LINE_ENDS or not isinstance(exceptions, list) or not all(
            isinstance(e, list) and len(e) == 2 and type(e[0]) is int and e[1] in _LINE_ENDS for e in exceptions):
        return "its line_ends is not a style with [offset, line end] exceptions"
    return None


def _findings_problem(findings: list) -> str | None:
    for number, finding in enumerate(findings, 1):
        if not isinstance(finding, dict):
            return f"its finding {number} is not an object"
        problem = _typed(f"its finding {number}", finding, _FINDING)
        if problem:
            return problem
        if finding["action"] not in _ACTIONS:
            return f"its finding {number}: action {finding['action']!r} is not remove, fix or flag"
    return None


def has_record_signature(json_path: Path) -> bool:
    """Is ``json_path`` a record this tool wrote (all the contract's keys, its id its name)?
    Any other JSON file (``package.json``, a settings file) is not."""
    try:
        rec = json.loads(Path(json_path).read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return False
    return record_problem(rec) is None and rec["id"] == Path(json_path).stem


def restore_bytes(text: str, rec: dict) -> bytes:
    """The raw file's bytes rebuilt from its clean text and record; :class:`RecordError`
    when the record is damaged, :class:`cleaner.edits.EditError` when the text was
    changed after cleaning."""
    from cleaner.edits import EditError, restore
    from cleaner.newlines import denormalize

    try:
        findings = [Finding.from_dict(d) for d in rec["findings"]]
        raw_text = denormalize(restore(text, findings), rec["line_ends"])
        return encode(raw_text, Source.from_dict(rec["source"]))
    except EditError:
        raise
    except (KeyError, TypeError, ValueError, LookupError, binascii.Error) as exc:
        raise RecordError(f"the record is damaged ({type(exc).__name__}: {exc})") from exc


def iter_records(clean_dir: Path) -> Iterator[Path]:
    """The records of a clean folder, sorted: every ``*.json`` that has a text beside it
    or carries the record signature (other JSON files are not the tool's)."""
    for path in sorted(p for p in Path(clean_dir).glob("*.json") if not p.name.startswith(".")):
        if path.with_suffix(".txt").exists() or has_record_signature(path):
            yield path


def texts_without_record(clean_dir: Path) -> list[Path]:
    """``<id>.txt`` files of a clean folder that have no ``<id>.json`` beside them."""
    return sorted(p for p in Path(clean_dir).glob("*.txt")
                  if not p.name.startswith(".") and not p.with_suffix(".json").exists())
