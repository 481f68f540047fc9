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
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import regex

from cleaner import __version__
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
        pass
    if not candidates or (len(data) < _SHORT and _han_share(candidates[0][0]) < 0.5):
        # Past a few hundred bytes, non-UTF-8 text is practically never valid UTF-8; a
        # short GBK text can be (as junk), so there the Han share decides.
        for encoding in dict.fromkeys((_detect(data), "gb18030")):
            if encoding:
                try:
                    candidates.append((data.decode(encoding), encoding))
                except (UnicodeDecodeError, LookupError):
                    pass
    if not candidates:
        raise InputError("bytes cannot be decoded as UTF-8, GB18030 or a detected encoding (binary file?)")
    if len(candidates) == 1:
        return candidates[0][0], candidates[0][1], False
    text, encoding = max(candidates, key=lambda c: _han_share(c[0]))  # ties: the first, UTF-8
    return text, encoding, False


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
    return _SUPERSET.get(name.replace("-", ""), _SUPERSET.get(name, name))


def encode(text: str, source: Source) -> bytes:
    """The bytes ``text`` had on disk, per ``source``."""
    if source.raw_b64 is not None:
        return base64.b64decode(source.raw_b64)
    bom = next((b for b, enc in _BOMS if enc == source.encoding), b"") if source.bom else b""
    return bom + text.encode(source.encoding)


def read(path: Path, root: Path | None = None) -> tuple[str, Source]:
    """Decoded text of a raw file and its :class:`Source` record."""
    data = Path(path).read_bytes()
    text, encoding, bom = decode(data)
    shown = _display_path(Path(path), root)
    source = Source(shown, hashlib.sha256(data).hexdigest(), encoding, bom, len(data))
    if encode(text, source) != data:  # a codec that is not one-to-one on these bytes
        source = Source(shown, source.sha256, encoding, bom, len(data), base64.b64encode(data).decode("ascii"))
    return text, source


def _display_path(path: Path, root: Path | None) -> str:
    if root is not None:
        try:
            return (root.name + "/" + path.resolve().relative_to(root.resolve()).as_posix())
        except ValueError:
            pass
    return path.as_posix()


def clean_path(path: Path, root: Path | None = None, corpus: Corpus | None = None) -> tuple[Cleaned, Source]:
    """Read, decode and clean one file (with the corpus knowledge, when given)."""
    from cleaner.pipeline import clean

    text, source = read(Path(path), root)
    return clean(text, Path(path).stem, corpus=corpus or Corpus()), source


def corpus_of(inputs: list[tuple[Path, Path | None]], config, extra: Iterable[str] = ()) -> Corpus:
    """The first pass: read every input once (and ``extra`` texts) and compute the corpus knowledge."""
    from cleaner.corpus import knowledge

    def texts() -> Iterator[str]:
        for file, root in inputs:
            try:
                yield read(file, root)[0]
            except (InputError, OSError):
                continue  # reported by the cleaning pass
        yield from extra

    return knowledge(texts(), config)


def iter_inputs(paths: Iterable[Path]) -> Iterator[tuple[Path, Path | None]]:
    """Files to clean under ``paths`` as ``(file, root folder or None)``, sorted, hidden ones skipped."""
    for path in paths:
        path = Path(path)
        if path.is_dir():
            for file in sorted(p for p in path.rglob("*") if p.is_file()):
                if not any(part.startswith(".") for part in file.relative_to(path).parts):
                    yield file, path
        else:
            yield path, None


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
