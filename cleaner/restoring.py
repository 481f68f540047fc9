"""Give the raw inputs back from what cleaning wrote (``cleaner restore``).

The source is a clean folder (``<id>.txt`` + ``<id>.json``, and any ``clean.jsonl`` /
``clean.parquet`` in it) or one such table. A file comes back under its recorded path
(``raw/sub/x.txt`` -> ``OUT/raw/sub/x.txt``), so two files of one name in two folders stay
two files; a path that would leave ``OUT`` is brought inside it, and two records that
would write one path are refused, never merged. The rows of a JSONL / Parquet corpus come
back as rows (``id``, ``text``) of a table of the same name and format, in their order.
A damaged record is reported and the others are still restored. Nothing is written that
does not match its recorded sha256, and a file already there with other bytes is kept
unless ``overwrite`` is asked for.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from cleaner import io, records
from cleaner.edits import EditError

TABLE_NAMES = ("clean.jsonl", "clean.parquet")


@dataclass
class Report:
    """What a restore did: files (and table rows) written, how many match their recorded
    sha256, and one line per problem."""

    restored: int = 0
    identical: int = 0
    problems: list[str] = field(default_factory=list)
    records: int = 0  # records found, usable or not


def restore(source: Path, out: Path, overwrite: bool = False) -> Report:
    """Rebuild every input recorded in ``source`` (a clean folder or table) into ``out``;
    an existing file with other bytes is replaced only when ``overwrite``."""
    report = Report()
    claimed: dict[str, str] = {}  # target path, case-folded -> the record that wrote it
    reading = _files_read(source)
    rows: dict[str, list[tuple[int, str, str]]] = {}  # table name -> (row, id, raw text)
    for where, text, rec in _records(Path(source), report):
        data = _raw_bytes(where, text, rec, report)
        if data is None:
            continue
        if hashlib.sha256(data).hexdigest() != rec["source"]["sha256"]:
            report.problems.append(f"mismatch: {where} rebuilds bytes that do not match the recorded sha256: "
                                   "not written")
            continue
        if rec["source"].get("table"):
            _gather_row(where, rec, data, rows, report)
            continue
        target = Path(out) / target_path(rec)
        if _claim(target, where, claimed, reading, report) and _written(target, data, overwrite, report):
            report.restored += 1
            report.identical += 1
    for table, items in sorted(rows.items()):
        target = Path(out) / safe_relative(table)
        if _claim(target, f"the rows of {table}", claimed, reading, report):
            _written(target, _table_bytes(target, sorted(items)), overwrite, report)
    return report


def target_path(rec: dict) -> PurePosixPath:
    """Where a file record's raw file goes, relative to the restore folder.

    >>> str(target_path({"id": "x", "source": {"path": "raw/sub/x.txt"}}))
    'raw/sub/x.txt'
    >>> str(target_path({"id": "x", "source": {"path": "/home/u/../../etc/x.txt"}}))
    'home/u/etc/x.txt'
    """
    return safe_relative(rec["source"]["path"]) or PurePosixPath(f"{rec['id']}.restored")


def safe_relative(path: str) -> PurePosixPath:
    """``path`` made relative and kept from climbing out: no root, drive, ``.`` or ``..``."""
    parts = [p for p in PurePosixPath(path.replace("\\", "/")).parts
             if p not in ("/", ".", "..") and not p.endswith(":")]
    return PurePosixPath(*parts) if parts else PurePosixPath()


def _records(source: Path, report: Report) -> Iterator[tuple[str, str, dict]]:
    """``(where, clean text, record)`` for every usable record; the others go to ``report``."""
    tables = [source] if source.is_file() else [source / n for n in TABLE_NAMES if (source / n).is_file()]
    if source.is_dir():
        for json_path in records.iter_records(source):
            report.records += 1
            try:
                text, rec = records.read_clean(json_path)
            except records.RecordError as exc:
                report.problems.append(f"not restored: {exc}")
                continue
            yield str(json_path), text, rec
    for table in tables:
        yield from _table_records(table, report)


def _table_records(table: Path, report: Report) -> Iterator[tuple[str, str, dict]]:
    """The rows of a clean.jsonl / clean.parquet as records; a bad row is reported, the
    rest still come."""
    from cleaner import tables_io

    for number, row in enumerate(tables_io.read_table_records(table), 1):
        report.records += 1
        if isinstance(row, tables_io.BadRow):
            report.problems.append(f"not restored: {row.where}: {row.reason}")
        else:
            yield f"{table.name} row {number}", *row


def _raw_bytes(where: str, text: str, rec: dict, report: Report) -> bytes | None:
    try:
        return records.restore_bytes(text, rec)
    except EditError as exc:
        report.problems.append(f"mismatch: {where}: its clean text was changed after cleaning ({exc})")
    except records.RecordError as exc:
        report.problems.append(f"not restored: {where}: {exc}")
    return None


def _files_read(source: Path) -> set[Path]:
    """The files a restore reads: writing over one of them is refused."""
    source = Path(source).resolve()
    return {source} if source.is_file() else {p.resolve() for p in source.iterdir() if p.is_file()}


def _claim(target: Path, where: str, claimed: dict[str, str], reading: set[Path], report: Report) -> bool:
    """May ``target`` be written for ``where``? Not twice in one restore, not over an input."""
    key = str(target.resolve()).casefold()  # "A.txt" and "a.txt" are one file on macOS and Windows
    if key in claimed:
        report.problems.append(f"not restored: {where} would write {target}, already restored from {claimed[key]}")
        return False
    if target.resolve() in reading:
        report.problems.append(f"not restored: {where} would overwrite {target}, which this restore reads")
        return False
    claimed[key] = where
    return True


def _written(target: Path, data: bytes, overwrite: bool, report: Report) -> bool:
    """Write ``data`` to ``target`` (already there with these bytes: nothing to do); a
    file with other bytes is kept unless ``overwrite``."""
    try:
        if target.is_file() and target.read_bytes() == data:
            return True
        if target.exists() and not overwrite:
            report.problems.append(f"not restored: {target} exists with other bytes: kept (--overwrite replaces it)")
            return False
        target.parent.mkdir(parents=True, exist_ok=True)
        io.atomic_write(target, data)
        return True
    except (OSError, ValueError) as exc:  # ValueError: a name the system refuses
        report.problems.append(f"not written: {target}: {getattr(exc, 'strerror', None) or exc}")
        return False


def _gather_row(where: str, rec: dict, data: bytes, rows: dict, report: Report) -> None:
    source = rec["source"]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:  # a row's text is Unicode: these bytes never were one
        report.problems.append(f"not restored: {where}: its bytes are not UTF-8 text ({exc})")
        return
    rows.setdefault(source["table"], []).append((source.get("row") or 0, rec["id"], text))
    report.restored += 1
    report.identical += 1


def _table_bytes(target: Path, items: list[tuple[int, str, str]]) -> bytes:
    """Rows ``(number, id, text)`` as a table in the format ``target``'s name says."""
    if target.suffix.lower() == ".parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        buffer = pa.BufferOutputStream()
        pq.write_table(pa.table({"id": [i for _, i, _ in items], "text": [t for _, _, t in items]}), buffer)
        return buffer.getvalue().to_pybytes()
    return "".join(json.dumps({"id": doc_id, "text": text}, ensure_ascii=False) + "\n"
                   for _, doc_id, text in items).encode("utf-8")
