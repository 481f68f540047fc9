"""The only module that touches disk: read and decode raw files, write and read clean records.

Reading keeps everything needed to give the raw bytes back: the encoding, whether a BOM
was there, and (through the pipeline) the line ends. Writes are atomic: a temporary file
in the target folder, then a rename, so an interrupted run never leaves half a file.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import tempfile
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

import regex

from cleaner import __version__, sniff
from cleaner.types import Cleaned, Corpus, Finding

SCHEMA_VERSION = 1
_NOT_HAN_RUN = regex.compile(r"\P{Han}+")
_SHORT = 1024  # bytes
_JSON = json.JSONEncoder(ensure_ascii=False)

# Byte-order marks, longest first (the UTF-32 LE mark begins with the UTF-16 LE one).
_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
# Detected names that are decoded with their superset, which reads every byte they do.
_TEXT_ENCODINGS = frozenset({"utf-8", "gb18030", "big5", "big5hkscs", "cp950", "utf-16", "utf-16-le",
                             "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"})
_SUPERSET = {"gb2312": "gb18030", "gbk": "gb18030", "cp936": "gb18030", "ascii": "utf-8"}


class InputError(Exception):
    """A file that cannot be used, with the reason (undecodable bytes ...)."""


@dataclass(frozen=True)
class Source:
    """Where a document came from and how to turn its text back into the same bytes."""

    path: str
    sha256: str
    encoding: str
    bom: bool
    size: int
    raw_b64: str | None = None  # only when re-encoding would not give the bytes back

    def to_dict(self) -> dict:
        d = {"path": self.path, "sha256": self.sha256, "encoding": self.encoding,
             "bytes": self.size, "bom": self.bom}
        if self.raw_b64 is not None:
            d["raw_b64"] = self.raw_b64
        return d

    @classmethod
    def from_dict(cls, d: dict) -> "Source":
        return cls(d["path"], d["sha256"], d["encoding"], d.get("bom", False), d["bytes"], d.get("raw_b64"))


def decode(data: bytes) -> tuple[str, str, bool]:
    """``(text, encoding, had_bom)`` for raw bytes; raises :class:`InputError`.

    >>> decode("通知".encode("gbk"))[1:]
    ('gb18030', False)
    >>> decode(b"\\xef\\xbb\\xbf\\xe9\\x80\\x9a")
    ('通', 'utf-8', True)
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding), encoding, True
            except UnicodeDecodeError as exc:
                raise InputError(f"starts with a {encoding} byte-order mark but is not {encoding}: {exc}") from exc
    candidates = []
    try:
        candidates.append((data.decode("utf-8"), "utf-8"))
    except UnicodeDecodeError:
        utf16 = sniff.utf16_without_bom(data)
        if utf16:
            try:
                return data.decode(utf16), utf16, False
            except UnicodeDecodeError:
                pass
    if not candidates or (len(data) < _SHORT and _utf8_han_share(candidates[0][0]) < 0.5):
        # Past a few hundred bytes, non-UTF-8 text is practically never valid UTF-8; a
        # short GBK text can be (as junk), so there the Han share decides.
        for encoding in dict.fromkeys((_detect(data), "gb18030")):
            if encoding:
                try:
                    candidates.append((data.decode(encoding), encoding))
                except (UnicodeDecodeError, LookupError):
                    pass
    if not candidates:
        raise InputError(_undecodable(data))
    if len(candidates) == 1:
        return candidates[0][0], candidates[0][1], False
    text, encoding = max(candidates, key=lambda c: (_utf8_han_share if c[1] == "utf-8" else _han_share)(c[0]))  # ties: UTF-8
    return text, encoding, False


def _undecodable(data: bytes) -> str:
    """Why no encoding reads ``data``: the first bad byte for UTF-8 and for GB18030."""
    reasons = []
    for encoding in ("utf-8", "gb18030"):
        try:
            data.decode(encoding)
        except UnicodeDecodeError as exc:
            reasons.append(f"not {encoding.upper()} (byte 0x{data[exc.start]:02x} at offset {exc.start:,})")
    return "cannot be decoded: " + ", ".join(reasons) + ", and no other Chinese or Unicode encoding fits"


def _utf8_han_share(text: str) -> float:
    """The Han share of a UTF-8 reading, judged after undoing a Latin-1 misreading: UTF-8
    text that was once read as Latin-1 is still UTF-8 (the encoding family repairs it)."""
    share = _han_share(text)
    if share < 0.5 and any("\u0080" <= c <= "\u00ff" for c in text):
        import ftfy

        share = _han_share(ftfy.fix_encoding(text))
    return share


def _han_share(text: str) -> float:
    """Han characters among the non-ASCII characters (1.0 for ASCII)."""
    non_ascii = len(text) - len(text.encode("ascii", "ignore"))
    return len(_NOT_HAN_RUN.sub("", text)) / non_ascii if non_ascii else 1.0


def _detect(data: bytes) -> str | None:
    import charset_normalizer

    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        return None
    name = best.encoding.lower().replace("_", "-")
    name = _SUPERSET.get(name.replace("-", ""), _SUPERSET.get(name, name))
    # A single-byte code page reads any bytes at all: taking one would turn undecodable
    # Chinese into confident garbage, so only the encodings Chinese text comes in count.
    return name if name in _TEXT_ENCODINGS else None


def encode(text: str, source: Source) -> bytes:
    """The bytes ``text`` had on disk, per ``source``."""
    if source.raw_b64 is not None:
        return base64.b64decode(source.raw_b64)
    bom = next((b for b, enc in _BOMS if enc == source.encoding), b"") if source.bom else b""
    return bom + text.encode(source.encoding)


def read(path: Path, root: Path | None = None) -> tuple[str, Source]:
    """Decoded text of a raw file and its :class:`Source` record; :class:`InputError` when the
    file is empty, binary or undecodable."""
    data = _read_unless_binary(Path(path))
    text, encoding, bom = text_of(data)
    shown = _display_path(Path(path), root)
    source = Source(shown, hashlib.sha256(data).hexdigest(), encoding, bom, len(data))
    if encode(text, source) != data:  # a codec that is not one-to-one on these bytes
        source = Source(shown, source.sha256, encoding, bom, len(data), base64.b64encode(data).decode("ascii"))
    return text, source


def _read_unless_binary(path: Path) -> bytes:
    """The file's bytes; a binary file (PDF, video ...) is refused from its head, unread."""
    with path.open("rb") as handle:
        head = handle.read(sniff.HEAD)
        kind = sniff.binary_kind(head)
        if kind:
            raise InputError(_binary(kind))
        return head + handle.read()


def _binary(kind: str) -> str:
    return f"binary file, not text: {kind}; convert it to text first"


def text_of(data: bytes) -> tuple[str, str, bool]:
    """``(text, encoding, had_bom)`` of a file's bytes; :class:`InputError` with the reason
    when they are empty, binary, undecodable or only whitespace."""
    if not data:
        raise InputError("empty file (0 bytes)")
    kind = sniff.binary_kind(data[:sniff.HEAD])
    if kind:
        raise InputError(_binary(kind))
    text, encoding, bom = decode(data)
    kind = sniff.control_heavy(text)
    if kind:
        raise InputError(_binary(kind))
    if not text.strip():
        raise InputError(f"no text: {len(data):,} bytes of whitespace only")
    return text, encoding, bom


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
               doc_id: str | None = None) -> tuple[Cleaned, Source]:
    """Read, decode and clean one file (with the corpus knowledge, when given)."""
    from cleaner.pipeline import clean

    text, source = read(Path(path), root)
    return clean(text, doc_id or file_id(Path(path)), corpus=corpus or Corpus()), source


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
    return printable("__".join(parts))


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


def write_outputs(cleaned: Cleaned, source: Source, out_dir: Path) -> tuple[Path, Path]:
    """Write ``<id>.txt`` and ``<id>.json`` into ``out_dir`` atomically; return both paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    txt_path = out_dir / f"{cleaned.doc_id}.txt"
    json_path = out_dir / f"{cleaned.doc_id}.json"
    body = cleaned.text + "\n" if cleaned.text else ""
    atomic_write(txt_path, body.encode("utf-8"))
    atomic_write(json_path, dump_record(record(cleaned, source)).encode("utf-8"))
    return txt_path, json_path


def dump_record(rec: dict) -> str:
    """JSON text of a record: readable, one finding per line (small, reviewable diffs)."""
    head = {k: v for k, v in rec.items() if k != "findings"}
    text = json.dumps(head, ensure_ascii=False, indent=1)
    rows = ",\n  ".join(map(_JSON.encode, rec["findings"]))
    body = f'[\n  {rows}\n ]' if rows else "[]"
    return text[:-2] + f',\n "findings": {body}\n}}\n'


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def read_clean(json_path: Path) -> tuple[str, dict]:
    """The clean text and the JSON record of one document in a clean folder."""
    rec = json.loads(Path(json_path).read_text(encoding="utf-8"))
    body = Path(json_path).with_suffix(".txt").read_text(encoding="utf-8")
    return (body[:-1] if body.endswith("\n") else body), rec


def restore_bytes(text: str, rec: dict) -> bytes:
    """The raw file's bytes rebuilt from its clean text and record."""
    from cleaner.edits import restore
    from cleaner.newlines import denormalize

    findings = [Finding.from_dict(d) for d in rec["findings"]]
    raw_text = denormalize(restore(text, findings), rec["line_ends"])
    return encode(raw_text, Source.from_dict(rec["source"]))


def iter_records(clean_dir: Path) -> Iterator[Path]:
    """The JSON records of a clean folder, sorted."""
    yield from sorted(p for p in Path(clean_dir).glob("*.json") if not p.name.startswith("."))
