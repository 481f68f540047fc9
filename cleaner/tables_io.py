"""Corpora as tables: JSONL and Parquet files with one document per row.

Reading streams rows (a JSONL line, a Parquet record batch at a time), so memory stays
bounded by a batch, not by the corpus. Writing gives the same records as the per-file
layout, one row per document: the record's fields plus its clean ``text``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

import regex

from cleaner.io import Source, dump_record

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
        yield from _documents(path, rows, id_column, text_column)
    except (OSError, UnicodeDecodeError, ValueError) as exc:  # pyarrow's errors are ValueError / OSError
        yield BadRow(str(path), f"the table cannot be read: {exc}")


def _documents(path: Path, rows, id_column: str, text_column: str):
    for number, row in enumerate(rows, 1):
        if isinstance(row, BadRow):
            yield row
            continue
        if not isinstance(row, dict) or not isinstance(row.get(text_column), str):
            yield BadRow(f"{path.name} row {number}", f"no text column {text_column!r}")
            continue
        raw_id = row.get(id_column)
        doc_id = _safe_id(str(raw_id) if raw_id is not None else f"{path.stem}-{number}")
        text = row[text_column]
        data = text.encode("utf-8")
        yield doc_id, text, Source(f"{path.name}#{doc_id}", hashlib.sha256(data).hexdigest(), "utf-8", False, len(data))


def _safe_id(raw: str) -> str:
    """An id that is also a file name ("省/2021 01" -> "省_2021_01")."""
    return _UNSAFE.sub("_", raw).strip("._") or "doc"


def _jsonl_rows(path: Path) -> Iterator[dict | BadRow]:
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if line.strip():
                try:
                    yield json.loads(line)
                except ValueError as exc:
                    yield BadRow(f"{path.name} line {number}", f"not JSON ({exc})")


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
        self._tmp = self.path.with_name(f".{self.path.name}.tmp")
        self._fmt = fmt
        self._rows: list[dict] = []
        self._handle = self._tmp.open("w", encoding="utf-8") if fmt == "jsonl" else None
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
        if self._handle:
            self._handle.close()
        if self._parquet is not None:
            self._parquet.close()
        self._tmp.unlink(missing_ok=True)

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        if exc[0] is None:
            self.close()
        else:
            self.abort()


def read_table_records(path: Path) -> Iterator[tuple[str, dict]]:
    """``(clean text, record)`` for each row of a clean.jsonl / clean.parquet."""
    path = Path(path)
    if path.suffix == ".jsonl":
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                rec = json.loads(line)
                yield rec.pop("text"), rec
    else:
        import pyarrow.parquet as pq

        for batch in pq.ParquetFile(path).iter_batches(batch_size=256):
            for row in batch.to_pylist():
                yield row["text"], json.loads(row["record"])
