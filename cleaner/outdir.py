"""The output folder: who may write it, and which of its files are this tool's to delete.

A run holds a lock on ``OUT/.cleaner-lock`` while it writes, so two runs never write one
folder at once (the second exits and names the first). An output folder that is an input,
or lies inside one, or holds an input, is refused: the outputs would be read back as
input, or would overwrite the raw files. Pruning deletes only records that carry this
tool's signature, and their text only when it is still the text the record was written
with: a user's ``package.json``, or a text edited by hand, is never deleted.
"""

from __future__ import annotations

import errno
import hashlib
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import regex

LOCK_FILE = ".cleaner-lock"
# The temporary files of io.atomic_write / io.write_outputs and tables_io.TableWriter
# (tempfile.mkstemp: a prefix, 8 random characters, a suffix).
_PARTIAL_WRITE = regex.compile(r"\..*\.(?:txt|json|jsonl|parquet|cleaner-state)\.[a-z0-9_]{8}\.tmp")


class Unusable(Exception):
    """The output folder cannot be taken: it cannot be created or written, or another run holds it."""


class Busy(Unusable):
    """Another run holds the output folder."""


def overlap(inputs: Iterable[Path], out: Path) -> str | None:
    """Why ``out`` cannot take the outputs of ``inputs``, or None.

    >>> overlap([Path("raw")], Path("raw/clean"))
    '--out raw/clean lies inside the input raw: outputs would be read back as input; choose a folder outside it'
    >>> overlap([Path("raw")], Path("clean")) is None
    True
    """
    try:
        target = Path(out).resolve()
        sources = [(path, path.resolve()) for path in map(Path, inputs)]
    except (RuntimeError, OSError) as exc:  # RuntimeError: a loop of symbolic links
        return f"a path cannot be resolved ({exc})"
    if Path(out).is_symlink() and not Path(out).exists():
        return f"--out {out} is a broken symbolic link"
    for path, source in sources:
        if target == source:
            return f"--out {out} is the input {path}: the raw files would be overwritten; choose another folder"
        if source.is_relative_to(target):
            return f"the input {path} lies inside --out {out}: cleaning would overwrite it; choose another folder"
        if target.is_relative_to(source):
            return (f"--out {out} lies inside the input {path}: outputs would be read back as input; "
                    "choose a folder outside it")
    return None


@contextmanager
def locked(out: Path) -> Iterator[None]:
    """Hold ``out`` for this run; :class:`Busy` (naming the holder) if another run holds it,
    :class:`Unusable` if it cannot be created or written.

    The lock is a POSIX record lock (``lockf``) on a hidden file: it belongs to this
    process alone (worker processes forked from it do not inherit it, unlike ``flock``)
    and the system drops it when the process exits, however it exits, so a killed run
    never leaves the folder locked. The file is removed at the end; a run that locked a
    file removed meanwhile tries again.
    """
    try:
        import fcntl
    except ImportError:  # not on POSIX: runs are not serialized there
        yield
        return
    path = Path(out) / LOCK_FILE
    fd = _acquire(fcntl, Path(out), path)
    try:
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode("ascii"), 0)
        remove_partial_writes(out)  # no other run is writing: any temporary file is a dead run's
        yield
    finally:
        path.unlink(missing_ok=True)  # still ours: others only ever lock the file at the path
        os.close(fd)  # closing drops the lock


def remove_partial_writes(out: Path) -> list[Path]:
    """Delete the temporary files killed runs left in ``out``; return them. Only names of
    this tool's making (``.<output name>.<8 random characters>.tmp``) are taken: a user's
    own ``.notes.tmp`` stays."""
    leftovers = ([p for p in Path(out).glob(".*.tmp") if _PARTIAL_WRITE.fullmatch(p.name) and p.is_file()]
                 if Path(out).is_dir() else [])
    for path in leftovers:
        path.unlink(missing_ok=True)
    return leftovers


def _acquire(fcntl, out: Path, path: Path) -> int:
    """An open descriptor of the lock file at ``path``, locked by this process."""
    while True:
        try:
            out.mkdir(parents=True, exist_ok=True)
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise Unusable(f"cannot write into {out}: {exc.strerror or exc}") from exc
        try:
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno not in (errno.EACCES, errno.EAGAIN):
                os.close(fd)
                raise Unusable(f"cannot lock {path}: {exc.strerror or exc}") from exc
            holder = os.pread(fd, 64, 0).decode("ascii", "replace").strip() or "unknown"
            os.close(fd)
            raise Busy(f"another cleaner run (pid {holder}) is writing into {out}; "
                       "wait for it to finish, or choose another --out") from None
        if _same_file(fd, path):
            return fd
        os.close(fd)  # the holder removed it as we opened it: lock the new one


def _same_file(fd: int, path: Path) -> bool:
    try:
        return os.path.samestat(os.fstat(fd), os.stat(path))
    except FileNotFoundError:
        return False


def prune(out: Path, keep: set[str]) -> tuple[list[str], list[str]]:
    """Delete the records in ``out`` whose document is no longer an input (and their
    text, if unchanged since it was written); return the ids removed, and why anything
    else was left."""
    from cleaner import records

    removed, notes = [], []
    for json_path in records.iter_records(out):
        if json_path.stem in keep or not records.has_record_signature(json_path):
            continue
        txt_path = json_path.with_suffix(".txt")
        if txt_path.exists() and not _text_as_recorded(json_path, txt_path):
            notes.append(f"{txt_path} has no raw file any more but was edited after cleaning: left in place")
            continue
        json_path.unlink()
        txt_path.unlink(missing_ok=True)
        removed.append(json_path.stem)
    return removed, notes


def _text_as_recorded(json_path: Path, txt_path: Path) -> bool:
    """Is the text beside a record still the one the record was written with?"""
    import json

    try:
        recorded = json.loads(json_path.read_text(encoding="utf-8"))["text_sha256"]
        body = txt_path.read_bytes()
    except (OSError, ValueError, KeyError, TypeError, RecursionError):
        return False
    return hashlib.sha256(body[:-1] if body.endswith(b"\n") else body).hexdigest() == recorded
