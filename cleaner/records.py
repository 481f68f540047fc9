"""Reading a clean folder back: the records, their texts, and the raw bytes they rebuild.

Everything that reads what :func:`cleaner.io.write_outputs` wrote goes through here, and
nothing here trusts it: a record that is not JSON, lacks a key, has lost its text or holds
bad base64 raises :class:`RecordError` with the reason, so every command can report it
and go on with the other documents.
"""

from __future__ import annotations

import binascii
import json
from collections.abc import Iterator
from pathlib import Path

from cleaner.io import Source, encode
from cleaner.types import Finding


class RecordError(ValueError):
    """A clean record or its text that cannot be used (not JSON, a key missing, its text
    gone, bad base64 ...), with the reason."""


# The keys every record has (the output contract): what tells a record of this tool
# from any other JSON file that may sit in the folder.
RECORD_KEYS = ("id", "schema_version", "cleaner_version", "source", "metadata", "line_ends", "stats", "text_sha256",
               "findings")
_FINDING_KEYS = frozenset(("rule", "action", "start", "end", "before", "after", "reason", "step", "pos"))


def read_clean(json_path: Path) -> tuple[str, dict]:
    """The clean text and the JSON record of one document in a clean folder;
    :class:`RecordError` with the reason when either cannot be used."""
    json_path = Path(json_path)
    try:
        rec = json.loads(json_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise RecordError(f"{json_path}: not a readable record ({exc})") from exc
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
    """What makes ``rec`` unusable as a record, or None.

    >>> record_problem({"id": "a"})[:30]
    'not a record of this tool: no '
    """
    if not isinstance(rec, dict):
        return f"not a record of this tool: a JSON {type(rec).__name__}, not an object"
    missing = [key for key in RECORD_KEYS if key not in rec]
    if missing:
        return f"not a record of this tool: no {', '.join(missing)}"
    source, findings = rec["source"], rec["findings"]
    if not isinstance(source, dict) or not all(k in source for k in ("path", "sha256", "encoding")):
        return "its source is not an object with path, sha256 and encoding"
    if not isinstance(findings, list) or not all(isinstance(f, dict) and _FINDING_KEYS <= f.keys() for f in findings):
        return f"its findings are not a list of objects with {', '.join(sorted(_FINDING_KEYS))}"
    if not isinstance(rec["line_ends"], dict) or not isinstance(rec["metadata"], dict):
        return "its line_ends or metadata is not an object"
    return None


def has_record_signature(json_path: Path) -> bool:
    """Is ``json_path`` a record this tool wrote (all the contract's keys, its id its name)?
    Any other JSON file (``package.json``, a settings file) is not."""
    try:
        rec = json.loads(Path(json_path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
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
