"""Reruns redo only what changed; a killed run leaves nothing half-written behind.

A run of the file output keeps, next to the outputs, a state file (``.cleaner-state``,
hidden, never an output) with the run's key and, per document, the hash of its input and
of the two output files written for it. The key covers all that decides what cleaning
writes besides the input itself: the cleaner's version, the source of its rules and phrase
lists, and the corpus knowledge (recurring lines, configured phrases and thresholds). A
document is reused when the key is the same, its input hashes the same, and both of its
outputs on disk are still the bytes that were written (a hand-edited or half-replaced pair
is redone). ``--force`` ignores the state.

Outputs are written through temporary files and renames (:func:`cleaner.io.atomic_write`);
a run killed mid-write leaves a hidden ``.*.tmp`` file, removed by the next run that
takes the folder (:func:`cleaner.outdir.locked`).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import fields
from functools import lru_cache
from pathlib import Path

from cleaner import __version__
from cleaner.io import OUTPUT_MARK
from cleaner.types import Corpus

STATE_FILE = OUTPUT_MARK  # the state also marks the folder as one of outputs, never input
STATE_VERSION = 1
_PACKAGE = Path(__file__).parent
# What decides the output: the code and the phrase lists, not the report assets.
_SOURCES = ("*.py", "rules/*.py", "data/*", "schema/*")


@lru_cache(maxsize=1)
def package_fingerprint() -> str:
    """sha256 over the package's code and data files (names and bytes)."""
    digest = hashlib.sha256(__version__.encode())
    for pattern in _SOURCES:
        for path in sorted(_PACKAGE.glob(pattern)):
            if path.is_file():
                digest.update(path.relative_to(_PACKAGE).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def run_key(corpus: Corpus) -> str:
    """The key of a run: package fingerprint and corpus knowledge (sets in sorted order,
    so the key does not depend on string hashing)."""
    parts = [package_fingerprint()]
    for f in fields(corpus):
        value = getattr(corpus, f.name)
        parts.append(f"{f.name}={sorted(value) if isinstance(value, frozenset) else value!r}")
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()


def load(out: Path, key: str) -> dict[str, dict]:
    """The previous run's entries per document id, or {} if there is none, it is
    unreadable, or it was made under another key."""
    try:
        state = json.loads((Path(out) / STATE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return {}
    if not isinstance(state, dict) or state.get("version") != STATE_VERSION or state.get("key") != key:
        return {}
    documents = state.get("documents")
    return documents if isinstance(documents, dict) else {}


def save(out: Path, key: str, entries: dict[str, dict]) -> None:
    """Write the state atomically (a killed run keeps the previous one)."""
    from cleaner.io import atomic_write

    body = json.dumps({"version": STATE_VERSION, "key": key, "documents": entries},
                      ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    Path(out).mkdir(parents=True, exist_ok=True)
    atomic_write(Path(out) / STATE_FILE, body.encode("utf-8"))


def output_hashes(out: Path, doc_id: str) -> dict[str, str] | None:
    """sha256 of ``<id>.txt`` and ``<id>.json`` in ``out``, or None if either is missing."""
    try:
        return {suffix: hashlib.sha256((Path(out) / f"{doc_id}.{suffix}").read_bytes()).hexdigest()
                for suffix in ("txt", "json")}
    except OSError:
        return None


def unchanged(entry: dict | None, input_sha256: str, out: Path, doc_id: str) -> bool:
    """May the outputs of ``doc_id`` be kept as they are?"""
    return (isinstance(entry, dict) and entry.get("input") == input_sha256
            and entry.get("outputs") is not None and output_hashes(out, doc_id) == entry["outputs"])


class StateWriter:
    """Gathers this run's entries; saves them now and then (so a killed run loses little)
    merged with the previous run's, and at the end alone (documents gone are forgotten)."""

    FLUSH_EVERY = 256

    def __init__(self, out: Path, key: str, previous: dict[str, dict]):
        self.out, self.key, self.previous = Path(out), key, previous
        self.entries: dict[str, dict] = {}
        self.error: OSError | None = None  # the state could not be saved: the next run redoes all

    def add(self, doc_id: str, entry: dict | None) -> None:
        if entry is None:
            return
        self.entries[doc_id] = entry
        if len(self.entries) % self.FLUSH_EVERY == 0:
            self._save({**self.previous, **self.entries})

    def close(self) -> None:
        self._save(self.entries)

    def _save(self, entries: dict[str, dict]) -> None:
        try:
            save(self.out, self.key, entries)
        except OSError as exc:  # the outputs matter, the state is only a shortcut
            self.error = exc
