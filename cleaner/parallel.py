"""Clean many documents on several cores: one worker process per core, one document at a time.

Each worker reads, cleans and writes its document itself and sends back only its counts,
so memory is bounded by the largest document, not by the corpus, and the parent never
holds the text. ``jobs=1`` runs in this process (no pool), which is what the tests and the
benchmark's one-core figure use.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from cleaner.types import Corpus


@dataclass
class Outcome:
    """What cleaning one document gave, small enough to send between processes."""

    path: str
    doc_id: str | None = None
    chars_in: int = 0
    chars_out: int = 0
    counts: Counter = field(default_factory=Counter)  # (family, action) -> n
    removed_share: float = 0.0  # of the Chinese text (textutil.removed_share)
    entry: dict | None = None  # what the rerun state keeps for it (files output only)
    reused: bool = False  # unchanged since the last run: its outputs were kept
    error: str | None = None  # why the input was skipped (unusable, or past its time budget)
    write_error: str | None = None  # why its outputs could not be written (full disk ...)
    row: tuple[dict, str] | None = None  # (record, clean text) when the parent writes a table


def default_jobs() -> int:
    """The cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


# A task: ("file", path, root folder or None, doc_id), ("row", doc_id, text, Source), or
# ("bad", where, reason) for an input found unusable before cleaning.
Task = tuple
BATCH = 512  # tasks in flight at once: memory stays bounded whatever the corpus size


def clean_tasks(tasks: Iterable[Task], corpus: Corpus, out: Path, jobs: int, to_table: bool = False,
                previous: dict | None = None, doc_timeout: float | None = None) -> Iterator[Outcome]:
    """Clean every task; write per-file outputs, or (``to_table``) return the rows to write.

    ``previous``: the last run's state entries (:mod:`cleaner.rerun`); a file whose input
    and outputs are unchanged is not cleaned again. ``doc_timeout``: seconds one document
    may take (:mod:`cleaner.budget`).
    """
    previous = previous or {}
    settings = (corpus, out, to_table, previous, doc_timeout)
    if jobs <= 1:
        _init(*settings)
        yield from map(_clean_one, tasks)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from itertools import islice

    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    tasks = iter(tasks)
    with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context(method),
                             initializer=_init_worker, initargs=settings) as pool:
        while batch := list(islice(tasks, BATCH)):
            yield from pool.map(_clean_one, batch, chunksize=max(1, len(batch) // (jobs * 4)))


_STATE: dict = {}


def _init(corpus: Corpus, out: Path, to_table: bool = False, previous: dict | None = None,
          doc_timeout: float | None = None) -> None:
    _STATE.update(corpus=corpus, out=Path(out), to_table=to_table, previous=previous or {},
                  doc_timeout=doc_timeout)


def _init_worker(*settings) -> None:
    """A pool worker: the run's settings, and death with the run (a worker left behind
    by a killed run would go on writing into an output folder the next run holds)."""
    _init(*settings)
    _STATE["parent"] = os.getppid()
    try:
        import ctypes
        import signal

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG (Linux)
    except (OSError, AttributeError):
        pass  # elsewhere: each task checks that the parent is still there


def _clean_one(task: Task) -> Outcome:
    from cleaner import budget, io

    if task[0] == "bad":
        return Outcome(task[1], error=task[2])
    if _STATE.get("parent", os.getppid()) != os.getppid():  # the run that started this worker is gone
        os._exit(1)
    name, doc_id = (io.printable(str(task[1])), task[3]) if task[0] == "file" else (task[3].path, task[1])
    try:
        return _clean_and_write(task)
    except io.OutputError as exc:
        return Outcome(name, doc_id, write_error=str(exc))
    except (io.InputError, OSError, budget.DocumentTimeout) as exc:
        return Outcome(name, doc_id, error=str(exc))
    except Exception as exc:  # noqa: BLE001 - one document's failure must not cost the others theirs
        return Outcome(name, doc_id, error=f"cleaner failed on this file ({type(exc).__name__}: {exc}); please report it")


def _clean_and_write(task: Task) -> Outcome:
    from cleaner import budget, io, rerun
    from cleaner.pipeline import clean
    from cleaner.textutil import removed_share

    # Only reading and cleaning run on the budget: a write is never cut off halfway.
    with budget.time_limit(_STATE["doc_timeout"]):
        if task[0] == "file":
            _, file, root, doc_id = task
            entry = _STATE["previous"].get(doc_id)
            data = Path(file).read_bytes() if entry is not None else None  # read once: checked, then cleaned
            kept = _reuse(entry, data, file, doc_id) if entry is not None else None
            if kept is not None:
                return kept
            cleaned, source = io.clean_path(file, root, _STATE["corpus"], doc_id, data)
        else:
            _, doc_id, text, source = task
            cleaned = clean(text, doc_id, corpus=_STATE["corpus"])
    counts = Counter((f.rule.split(".", 1)[0], f.action) for f in cleaned.findings)
    share = removed_share(cleaned.removed_han, cleaned.text)
    outcome = Outcome(source.path, cleaned.doc_id, len(cleaned.raw), len(cleaned.text), counts, share)
    if _STATE["to_table"]:
        outcome.row = (io.record(cleaned, source), cleaned.text)
    else:
        io.write_outputs(cleaned, source, _STATE["out"])
        outcome.entry = {"input": source.sha256, "outputs": rerun.output_hashes(_STATE["out"], cleaned.doc_id),
                         "chars_in": outcome.chars_in, "chars_out": outcome.chars_out, "removed_share": share,
                         "counts": sorted([family, action, n] for (family, action), n in counts.items())}
    return outcome


def _reuse(entry, data: bytes, file: Path, doc_id: str) -> Outcome | None:
    """The last run's outcome (``entry``) for ``file`` when neither its bytes (``data``) nor
    its outputs changed since."""
    import hashlib

    from cleaner import io, rerun

    if not rerun.unchanged(entry, hashlib.sha256(data).hexdigest(), _STATE["out"], doc_id):
        return None
    try:
        counts = Counter({(family, action): n for family, action, n in entry["counts"]})
        return Outcome(io.printable(str(file)), doc_id, entry["chars_in"], entry["chars_out"], counts,
                       entry["removed_share"], entry=entry, reused=True)
    except (KeyError, TypeError, ValueError):  # a state file from elsewhere: clean again
        return None
