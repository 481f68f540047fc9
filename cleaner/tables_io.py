"""Corpora as tables: JSONL and Parquet files with one document per row.

Reading streams rows (a JSONL line, a Parquet record batch at a time), so memory stays
bounded by a batch, not by the corpus. Writing gives the same records as the per-file
layout, one row per document: the record's fields plus its clean ``text``.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

import regex

from cleaner.io import Source, dump_record, fit_id

TABLE_SUFFIXES = (".jsonl", ".parquet")
_UNSAFE = regex.compile(r"[^\w.\-]+")


def is_table(path: Path) -> bool:
    return Path(path).is_file() and Path(path).suffix.lower() in TABLE_SUFFIXES


class BadRow(NamedTuple):
    """A row (or a whole table) that cannot be used: where it is, and why."""

    where: str
    reason: str


def iter_rows(path: Path, id_column: str = "id", text_column: str = "text") -> Iterator[tuple[str, str, Source] | BadRow]:
    """``(doc_id, text, source)`` for each row of a JSONL or Parquet corpus, a
    :class:`BadRow` for a row that is not JSON or has no text (the others still come), and
    one for a table that cannot be read at all."""
    path = Path(path)
    rows = _jsonl_rows(path) if path.suffix.lower() == ".jsonl" else _parquet_rows(path, id_column, text_column)
    try:
        for number, row in enumerate(rows, 1):
            yield row if isinstance(row, BadRow) else _document(path, number, row, id_column, text_column)
    except (OSError, UnicodeDecodeError, ValueError) as exc:  # pyarrow's errors are ValueError / OSError
        yield BadRow(str(path), f"the table cannot be read: {exc}")


def _document(path: Path, number: int, row, id_column: str, text_column: str) -> tuple[str, str, Source] | BadRow:
    """One row as ``(doc_id, text, source)``, or why it cannot be used (the rows after it still can)."""
    if not isinstance(row, dict) or not isinstance(row.get(text_column), str):
        return BadRow(f"{path.name} row {number}", f"no text column {text_column!r}")
    raw_id = row.get(id_column)
    doc_id = _safe_id(str(raw_id) if raw_id is not None else f"{path.stem}-{number}")
    text = row[text_column]
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError as exc:  # JSON can spell a lone surrogate ("\\ud800"); no text holds one
        return BadRow(f"{path.name} row {number}",
                      f"its text holds a lone surrogate (U+{ord(text[exc.start]):04X} at {exc.start}), not Unicode text")
    return doc_id, text, Source(f"{path.name}#{doc_id}", hashlib.sha256(data).hexdigest(), "utf-8", False, len(data),
                                table=path.name, row=number)


def _safe_id(raw: str) -> str:
    """An id that is also a file name ("省/2021 01" -> "省_2021_01"), short enough for one."""
    return fit_id(_UNSAFE.sub("_", raw).strip("._") or "doc")


def _jsonl_rows(path: Path) -> Iterator[dict | BadRow]:
    """The rows of a JSONL file; a line that is not UTF-8 or not JSON is a :class:`BadRow`
    (each line is decoded on its own, so one bad byte costs one row)."""
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, 1):
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                yield BadRow(f"{path.name} line {number}", f"not UTF-8 (byte 0x{raw[exc.start]:02x} at {exc.start})")
                continue
            if line.strip():
                try:
                    yield json.loads(line)
                except (ValueError, RecursionError) as exc:  # RecursionError: nested past Python's stack
                    yield BadRow(f"{path.name} line {number}", f"not JSON ({type(exc).__name__}: {exc})")


def _parquet_rows(path: Path, id_column: str, text_column: str) -> Iterator[dict]:
    import pyarrow.parquet as pq

    parquet = pq.ParquetFile(path)
    columns = [c for c in (id_column, text_column) if c in parquet.schema_arrow.names]
    for batch in parquet.iter_batches(batch_size=256, columns=columns):
        yield from batch.to_pylist()


class TableWriter:
    """Write cleaned documents as rows of ``out/clean.jsonl`` or ``out/clean.parquet``."""

    def __init__(self, out_dir: Path, fmt: str):
        if fmt not in ("jsonl", "parquet"):
            raise ValueError(fmt)
        self.path = Path(out_dir) / f"clean.{fmt}"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # A name of its own: two runs never write one temporary file.
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=f".{self.path.name}.", suffix=".tmp")
        self._tmp = Path(tmp)
        self._fmt = fmt
        self._rows: list[dict] = []
        self._handle = os.fdopen(fd, "w", encoding="utf-8") if fmt == "jsonl" else None
        if self._handle is None:
            os.close(fd)
        self._parquet = None

    def write(self, rec: dict, text: str) -> None:
        """One document: its record (as :func:`cleaner.io.record` gives it) and clean text."""
        if self._fmt == "jsonl":
            self._handle.write(json.dumps({**rec, "text": text}, ensure_ascii=False) + "\n")
            return
        self._rows.append({"id": rec["id"], "text": text, "record": dump_record(rec)})
        if len(self._rows) >= 256:
            self._flush_parquet()

    def _flush_parquet(self) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        if not self._rows:
            return
        batch = pa.Table.from_pylist(self._rows, schema=pa.schema(
            [("id", pa.string()), ("text", pa.string()), ("record", pa.string())]))
        if self._parquet is None:
            self._parquet = pq.ParquetWriter(self._tmp, batch.schema)
        self._parquet.write_table(batch)
        self._rows = []

    def close(self) -> Path:
        """Finish the file and move it into place (nothing half-written is left under the name)."""
        if self._fmt == "jsonl":
            self._handle.close()
        else:
            self._flush_parquet()
            if self._parquet is None:
                self._rows = []
                import pyarrow as pa
                import pyarrow.parquet as pq

                pq.write_table(pa.table({"id": pa.array([], pa.string()), "text": pa.array([], pa.string()),
                                         "record": pa.array([], pa.string())}), self._tmp)
            else:
                self._parquet.close()
        self._tmp.replace(self.path)
        return self.path

    def abort(self) -> None:
        """Drop the half-written file: the named output is never left incomplete."""
        for closing in (self._handle, self._parquet):
            if closing is not None:
                try:
                    closing.close()
                except OSError:  # the disk that failed the rows fails the flush too
                    pass
        self._tmp.unlink(missing_ok=True)

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        if exc[0] is None:
            self.close()
        else:
            self.abort()


def read_table_records(path: Path) -> Iterator[tuple[str, dict] | BadRow]:
    """``(clean text, record)`` for each row of a clean.jsonl / clean.parquet, a
    :class:`BadRow` for a row that is not a record (the rows after it still come), and one
    for a table that cannot be read."""
    from cleaner.records import record_problem

    path = Path(path)
    try:
        for number, row in enumerate(_clean_rows(path), 1):
            where = f"{path.name} row {number}"
            if isinstance(row, BadRow):
                yield BadRow(where, row.reason)
                continue
            try:
                text, rec = (row["text"], json.loads(row["record"])) if "record" in row else (row.pop("text"), row)
                problem = record_problem(rec) if isinstance(text, str) else "no clean text"
            except (ValueError, TypeError, KeyError, AttributeError, RecursionError) as exc:
                problem = f"not a record ({type(exc).__name__}: {exc})"
            yield BadRow(where, problem) if problem else (text, rec)
    except (OSError, ValueError) as exc:  # pyarrow raises both for a file that is no Parquet
        yield BadRow(str(path), f"the table cannot be read ({exc})")


def _clean_rows(path: Path) -> Iterator:
    """The rows of a clean table as dicts; a JSONL line that is not UTF-8 JSON as a
    :class:`BadRow` (the lines after it still come)."""
    if path.suffix == ".jsonl":
        with path.open("rb") as handle:
            for raw in handle:
                if raw.strip():
                    try:
                        yield json.loads(raw.decode("utf-8"))
                    except (ValueError, RecursionError) as exc:
                        yield BadRow("", f"not UTF-8 JSON ({type(exc).__name__}: {exc})")
        return
    import pyarrow.parquet as pq

    for batch in pq.ParquetFile(path).iter_batches(batch_size=256):
        yield from batch.to_pylist()
