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
    error: str | None = None
    row: tuple[dict, str] | None = None  # (record, clean text) when the parent writes a table


def default_jobs() -> int:
    """The cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


# A task: ("file", path, root folder or None) or ("row", doc_id, text, Source).
Task = tuple
BATCH = 512  # tasks in flight at once: memory stays bounded whatever the corpus size


def clean_files(inputs: Iterable[tuple[Path, Path | None]], corpus: Corpus, out: Path, jobs: int) -> Iterator[Outcome]:
    """Clean and write every input file; yield an :class:`Outcome` per input, in input order."""
    yield from clean_tasks((("file", file, root) for file, root in inputs), corpus, out, jobs)


def clean_tasks(tasks: Iterable[Task], corpus: Corpus, out: Path, jobs: int, to_table: bool = False) -> Iterator[Outcome]:
    """Clean every task; write per-file outputs, or (``to_table``) return the rows to write."""
    if jobs <= 1:
        _init(corpus, out, to_table)
        yield from map(_clean_one, tasks)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from itertools import islice

    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    tasks = iter(tasks)
    with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context(method),
                             initializer=_init, initargs=(corpus, out, to_table)) as pool:
        while batch := list(islice(tasks, BATCH)):
            yield from pool.map(_clean_one, batch, chunksize=max(1, len(batch) // (jobs * 4)))


_STATE: dict = {}


def _init(corpus: Corpus, out: Path, to_table: bool = False) -> None:
    _STATE.update(corpus=corpus, out=Path(out), to_table=to_table)


def _clean_one(task: Task) -> Outcome:
    from cleaner import io
    from cleaner.pipeline import clean

    try:
        if task[0] == "file":
            _, file, root = task
            name = str(file)
            cleaned, source = io.clean_path(file, root, _STATE["corpus"])
        else:
            _, doc_id, text, source = task
            name = source.path
            cleaned = clean(text, doc_id, corpus=_STATE["corpus"])
    except (io.InputError, OSError) as exc:
        return Outcome(name, error=str(exc))
    counts = Counter((f.rule.split(".", 1)[0], f.action) for f in cleaned.findings)
    outcome = Outcome(name, cleaned.doc_id, len(cleaned.raw), len(cleaned.text), counts)
    if _STATE["to_table"]:
        outcome.row = (io.record(cleaned, source), cleaned.text)
    else:
        io.write_outputs(cleaned, source, _STATE["out"])
    return outcome
