"""The only module that touches disk: read raw files, write and read clean records.

Reading keeps everything needed to give the raw bytes back: the encoding, whether a BOM
was there (bytes become text in :mod:`cleaner.decoding`), and (through the pipeline) the
line ends. Writes are atomic: a temporary file in the target folder, then a rename, so an
interrupted run never leaves half a file.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import tempfile
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from cleaner import __version__, decoding, sniff
from cleaner.decoding import InputError, decode, text_of  # noqa: F401 - the disk layer's API
from cleaner.types import Cleaned, Corpus

SCHEMA_VERSION = 1
OUTPUT_MARK = ".cleaner-state"  # kept in every per-file output folder (cleaner.rerun.STATE_FILE)
_JSON = json.JSONEncoder(ensure_ascii=False)


@dataclass(frozen=True)
class Source:
    """Where a document came from and how to turn its text back into the same bytes."""

    path: str
    sha256: str
    encoding: str
    bom: bool
    size: int
    raw_b64: str | None = None  # only when re-encoding would not give the bytes back
    table: str | None = None  # a row of a JSONL / Parquet corpus: the table's file name ...
    row: int | None = None  # ... and the row's number in it (from 1)
    # Why the decoding may be wrong (decoding.misreading); recorded as a flag, not here.
    doubt: str | None = field(default=None, compare=False)

    def to_dict(self) -> dict:
        d = {"path": self.path, "sha256": self.sha256, "encoding": self.encoding,
             "bytes": self.size, "bom": self.bom}
        for key in ("raw_b64", "table", "row"):
            if getattr(self, key) is not None:
                d[key] = getattr(self, key)
        return d

    @classmethod
    def from_dict(cls, d: dict) -> "Source":
        return cls(d["path"], d["sha256"], d["encoding"], d.get("bom", False), d["bytes"], d.get("raw_b64"),
                   d.get("table"), d.get("row"))


def encode(text: str, source: Source) -> bytes:
    """The bytes ``text`` had on disk, per ``source``."""
    if source.raw_b64 is not None:
        return base64.b64decode(source.raw_b64)
    return decoding.encode(text, source.encoding, source.bom)


def read(path: Path, root: Path | None = None, data: bytes | None = None) -> tuple[str, Source]:
    """Decoded text of a raw file and its :class:`Source` record; :class:`InputError` when the
    file is empty, binary or undecodable. ``data``: its bytes, when the caller has read them."""
    if data is None:
        data = _read_unless_binary(Path(path))
        text, encoding, bom = decoding.decoded(data)
    else:
        text, encoding, bom = decoding.text_of(data)
    shown = _display_path(Path(path), root)
    doubt = decoding.misreading(data, encoding)
    source = Source(shown, hashlib.sha256(data).hexdigest(), encoding, bom, len(data), doubt=doubt)
    if encode(text, source) != data:  # a codec that is not one-to-one on these bytes
        source = Source(shown, source.sha256, encoding, bom, len(data), base64.b64encode(data).decode("ascii"),
                        doubt=doubt)
    return text, source


def _read_unless_binary(path: Path) -> bytes:
    """The file's bytes; a binary file (PDF, video ...) is refused from its head, unread."""
    with path.open("rb") as handle:
        head = handle.read(sniff.HEAD)
        decoding.refuse_binary(head)
        return head + handle.read()


def _display_path(path: Path, root: Path | None) -> str:
    if root is not None:
        try:
            return printable(root.name + "/" + path.relative_to(root).as_posix())
        except ValueError:
            pass
    return printable(path.as_posix())


def printable(name: str) -> str:
    """A file name that JSON can hold: bytes that were not UTF-8 (kept by Python as lone
    surrogates) become U+FFFD.

    >>> printable("报告\\udcff.txt") == "报告\\ufffd.txt"
    True
    """
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def clean_path(path: Path, root: Path | None = None, corpus: Corpus | None = None,
               doc_id: str | None = None, data: bytes | None = None) -> tuple[Cleaned, Source]:
    """Read (unless given its ``data``), decode and clean one file (with the corpus
    knowledge, when given)."""
    from cleaner.pipeline import clean

    text, source = read(Path(path), root, data)
    return clean(text, doc_id or file_id(Path(path)), corpus=corpus or Corpus(),
                 decoding_doubt=source.doubt or ""), source


def corpus_of(inputs: Iterable[tuple], config, extra: Iterable[str] = ()) -> Corpus:
    """The first pass: read every input ``(file, root, ...)`` once (and ``extra`` texts) and
    compute the corpus knowledge."""
    from cleaner.corpus import knowledge

    def texts() -> Iterator[str]:
        for file, root, *_ in inputs:
            try:
                yield read(file, root)[0]
            except (InputError, OSError):
                continue  # reported by the cleaning pass
        yield from extra

    return knowledge(texts(), config)


class Input(NamedTuple):
    """A file to clean, the input folder it was found in (None if named itself), its id."""

    file: Path
    root: Path | None
    doc_id: str


def plan_inputs(paths: Iterable[Path], exclude: Path | None = None) -> tuple[list[Input], list[tuple[str, str]]]:
    """The files to clean under ``paths``, sorted, each with a unique id, and the entries
    passed over with the reason (links out of the folder, special files, taken ids).

    Hidden files and folders are passed over silently, and so is ``exclude`` (the output
    folder, when it lies inside an input folder).
    """
    found, skipped = [], []
    excluded = Path(exclude).resolve() if exclude is not None else None
    for path in map(Path, paths):
        if not path.is_dir():
            found.append((path, None))
            continue
        for file, reason in _walk(path, excluded):
            if reason:
                skipped.append((printable(str(file)), reason))
            else:
                found.append((file, path))
    inputs, taken = _with_ids(sorted(found, key=lambda item: str(item[0])))
    return inputs, skipped + taken


def _walk(root: Path, excluded: Path | None) -> Iterator[tuple[Path, str | None]]:
    """``(file, None)`` for each file under ``root``, ``(entry, reason)`` for each passed over."""
    inside = root.resolve()
    for folder, dirs, files in os.walk(root, followlinks=False):
        here = Path(folder)
        for name in sorted(dirs):
            entry = here / name
            if name.startswith(".") or (excluded is not None and entry.resolve() == excluded):
                dirs.remove(name)
            elif entry.is_symlink():
                dirs.remove(name)
                yield entry, "symbolic link to a folder: not followed"
            elif (entry / OUTPUT_MARK).exists():
                dirs.remove(name)  # a clean folder written into the raw one: its outputs are no input
                yield entry, f"an output folder of cleaner (it holds {OUTPUT_MARK}): not read as input"
        for name in sorted(files):
            if not name.startswith("."):
                entry = here / name
                yield entry, _unusable(entry, inside)


def _unusable(entry: Path, inside: Path) -> str | None:
    """Why a directory entry is not a file to clean, or None."""
    if entry.is_symlink():
        target = entry.resolve()
        if not target.exists():
            return "broken symbolic link"
        if not target.is_relative_to(inside):
            return f"symbolic link to {printable(str(target))}, outside the input folder: not followed"
    return None if entry.is_file() else "not a regular file"


def file_id(file: Path, root: Path | None = None, keep_suffix: bool = False) -> str:
    """A document's id: its path under the input folder, folders joined by "__", without
    the suffix unless asked; never a path separator, so outputs stay inside ``--out``.

    >>> file_id(Path("raw/省/2021 要点.txt"), Path("raw"))
    '省__2021 要点'
    """
    rel = file.relative_to(root) if root is not None else Path(file.name)
    parts = list(rel.parts)
    if not keep_suffix:
        parts[-1] = rel.stem
    return fit_id(printable("__".join(parts)))


ID_MAX_BYTES = 200  # an id, its ".json" and a temporary name's 14 bytes stay under 255 (most file systems)


def fit_id(doc_id: str) -> str:
    """``doc_id``, or when its UTF-8 form is too long for a file name, its head and a
    short hash of the whole (deterministic: the same name always gives the same id).

    >>> fit_id("通知")
    '通知'
    >>> long = fit_id("关于印发工作要点的通知" * 10)
    >>> len(long.encode("utf-8")) <= ID_MAX_BYTES, long[-11:-10]
    (True, '~')
    """
    data = doc_id.encode("utf-8")
    if len(data) <= ID_MAX_BYTES:
        return doc_id
    head = data[:ID_MAX_BYTES - 11].decode("utf-8", "ignore")
    return f"{head}~{hashlib.sha256(data).hexdigest()[:10]}"


def _with_ids(found: list[tuple[Path, Path | None]]) -> tuple[list[Input], list[tuple[str, str]]]:
    """Give each file its id; files whose ids clash keep their suffix ("x.html", "x.txt").

    Ids are compared case-blind: on macOS and Windows "A.txt" and "a.txt" are one file.
    """
    plain = [file_id(file, root) for file, root in found]
    clashes = {key for key, n in Counter(i.casefold() for i in plain).items() if n > 1}
    inputs, taken, owners = [], [], {}
    for (file, root), doc_id in zip(found, plain):
        if doc_id.casefold() in clashes:
            doc_id = file_id(file, root, keep_suffix=True)
        owner = owners.setdefault(doc_id.casefold(), file)
        if owner != file:
            taken.append((printable(str(file)), f"its output name {doc_id} is taken by {printable(str(owner))}"))
            continue
        inputs.append(Input(file, root, doc_id))
    return inputs, taken


def record(cleaned: Cleaned, source: Source) -> dict:
    """The JSON record of a cleaned document (the output contract)."""
    return {
        "id": cleaned.doc_id,
        "schema_version": SCHEMA_VERSION,
        "cleaner_version": __version__,
        "source": source.to_dict(),
        "metadata": dict(cleaned.metadata),
        "line_ends": cleaned.line_ends,
        "stats": {"chars_in": len(cleaned.raw), "chars_out": len(cleaned.text),
                  "findings": len(cleaned.findings)},
        "text_sha256": hashlib.sha256(cleaned.text.encode("utf-8")).hexdigest(),
        "findings": [f.to_dict() for f in cleaned.findings],
    }


class OutputError(OSError):
    """An output that could not be written (full disk, read-only folder ...), with the reason."""


def write_outputs(cleaned: Cleaned, source: Source, out_dir: Path) -> tuple[Path, Path]:
    """Write ``<id>.txt`` and ``<id>.json`` into ``out_dir``; return both paths.

    Both are written in full to temporary files before either is renamed into place, so
    a full disk or a read-only folder leaves the previous pair as it was (never a new text
    beside an old record, or a text without its record); the record is renamed first, so
    a kill between the two renames leaves a record of this tool, which the next run
    replaces. A file of that name that this tool did not write (a user's ``notes.txt``
    with no record, a ``package.json``) is never replaced. :class:`OutputError` says why.
    """
    txt_path = out_dir / f"{cleaned.doc_id}.txt"
    json_path = out_dir / f"{cleaned.doc_id}.json"
    foreign = _not_ours(txt_path, json_path, cleaned.doc_id)
    if foreign:
        raise OutputError(f"{foreign} is not an output of this tool: not replaced (move it, or choose another --out)")
    body = cleaned.text + "\n" if cleaned.text else ""
    pending = []
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        pending.append((_written_tmp(json_path, dump_record(record(cleaned, source)).encode("utf-8")), json_path))
        pending.append((_written_tmp(txt_path, body.encode("utf-8")), txt_path))
        for tmp, path in pending:
            os.replace(tmp, path)
    except OSError as exc:
        for tmp, _ in pending:
            if os.path.exists(tmp):
                os.unlink(tmp)
        raise OutputError(f"cannot write {cleaned.doc_id}.txt / .json into {out_dir}: "
                          f"{exc.strerror or exc}") from exc
    return txt_path, json_path


def _not_ours(txt_path: Path, json_path: Path, doc_id: str) -> Path | None:
    """The file of a document's output pair that exists but was not written by this tool:
    a record must begin as :func:`dump_record` begins it, for this id; a text needs its
    record beside it."""
    try:
        with json_path.open("rb") as handle:
            head = handle.read(len(doc_id.encode("utf-8")) * 6 + 64)
    except FileNotFoundError:
        return txt_path if txt_path.exists() or txt_path.is_symlink() else None
    except OSError:
        return json_path
    expected = '{\n "id": ' + json.dumps(doc_id, ensure_ascii=False) + ',\n "schema_version": '
    return None if head.startswith(expected.encode("utf-8")) else json_path


def dump_record(rec: dict) -> str:
    """JSON text of a record: readable, one finding per line (small, reviewable diffs)."""
    head = {k: v for k, v in rec.items() if k != "findings"}
    text = json.dumps(head, ensure_ascii=False, indent=1)
    rows = ",\n  ".join(map(_JSON.encode, rec["findings"]))
    body = f'[\n  {rows}\n ]' if rows else "[]"
    return text[:-2] + f',\n "findings": {body}\n}}\n'


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename."""
    os.replace(_written_tmp(path, data), path)


def _written_tmp(path: Path, data: bytes) -> str:
    """A hidden temporary file beside ``path`` (a unique name: runs never share one)
    holding ``data``, flushed to disk; removed again if writing fails."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return tmp
