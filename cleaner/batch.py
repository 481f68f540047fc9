"""One cleaning run over many inputs, for ``cleaner clean`` and ``cleaner run``.

Plan the inputs (what is skipped and why), read them once for the corpus knowledge, clean
them on the worker processes (reusing what is unchanged since the last run), gather the
outcomes into a :class:`cleaner.summary.Summary`, and decide the exit code: skipped
inputs and over-cleaned documents are listed, and fail the run as :class:`Limits` says.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import typer

from cleaner.exits import EXIT_DATA, EXIT_INPUT, EXIT_OK, EXIT_OUTPUT, EXIT_USAGE

PROGRESS_THRESHOLD = 5  # more files than this get a progress bar


@dataclass(frozen=True)
class Limits:
    """What turns a finished run into a failure: skipped inputs (unless ``keep_going``),
    documents that lost more than ``max_removed`` of their text (when given)."""

    keep_going: bool = False
    max_removed: float | None = None


@dataclass(frozen=True)
class Job:
    """The settings of one run: where to write, how, and what fails it."""

    out: Path
    settings: object  # cleaner.config.Config
    prune: bool = False
    quiet: bool = False
    jobs: int | None = None
    columns: tuple[str, str] = ("id", "text")
    fmt: str = "files"
    limits: Limits = field(default_factory=Limits)
    force: bool = False
    doc_timeout: float | None = None  # seconds one document may take (cleaner.budget)


def clean_inputs(paths: list[Path], job: Job) -> int:
    """Clean ``paths`` (files, folders, JSONL / Parquet tables) as ``job`` says; the exit code.

    The output folder must lie apart from every input, and is held for the run (a second
    run into it exits with the holder's pid).
    """
    from cleaner import outdir

    problem = outdir.overlap(paths, job.out)
    if problem:
        typer.echo(f"error: {problem}", err=True)
        return EXIT_USAGE
    try:
        with outdir.locked(job.out):
            return _clean_held(paths, job)
    except outdir.Unusable as exc:
        typer.echo(f"error: {exc}", err=True)
        return EXIT_OUTPUT


def _clean_held(paths: list[Path], job: Job) -> int:
    from cleaner import io, parallel, tables_io

    tables = [p for p in paths if tables_io.is_table(p)]
    inputs, passed_over = io.plan_inputs([p for p in paths if p not in tables], exclude=job.out)
    if not inputs and not tables and not passed_over:  # an empty folder must not prune a whole corpus away
        typer.echo(f"error: no files to clean in {', '.join(map(str, paths))}", err=True)
        return EXIT_USAGE
    corpus = io.corpus_of(inputs, job.settings, extra=_row_texts(tables, job.columns))
    tasks = _tasks(inputs, tables, job.columns)
    writer = tables_io.TableWriter(job.out, job.fmt) if job.fmt != "files" else None
    state = _rerun_state(job.out, corpus, job.force) if writer is None else None
    try:
        outcomes = parallel.clean_tasks(tasks, corpus, job.out, job.jobs or parallel.default_jobs(),
                                        to_table=writer is not None, previous=state.previous if state else None,
                                        doc_timeout=job.doc_timeout)
        shown = _progress(outcomes, job.quiet, len(inputs) + (PROGRESS_THRESHOLD + 1) * bool(tables))
        summary = gather(shown, writer, job.limits.max_removed, state)
    except BaseException:  # interrupted: the named table output is never left half-written
        if writer is not None:
            writer.abort()
        raise
    if state is not None:
        _close_state(state)
    if writer is not None:
        _close_table(writer, summary)
    summary.skipped[:0] = passed_over
    return finish(summary, job.out, job.prune, job.quiet, job.limits)


def _close_table(writer, summary) -> None:
    """Move the table into place, whole; if a row or the end failed, the previous table
    stays and no row of this one counts as written."""
    try:
        if summary.unwritten:
            raise OSError(f"{len(summary.unwritten)} of its rows could not be written")
        writer.close()
    except OSError as exc:
        writer.abort()
        summary.unwritten.append((str(writer.path), f"not replaced: {exc.strerror or exc}"))
        summary.written.clear()


def _close_state(state) -> None:
    state.close()
    if state.error is not None:
        typer.echo(f"warning: the rerun state could not be saved ({state.error}): the next run cleans all", err=True)


def _rerun_state(out: Path, corpus, force: bool):
    """The rerun state of ``out`` (empty with ``--force``)."""
    from cleaner import rerun

    key = rerun.run_key(corpus)
    return rerun.StateWriter(out, key, {} if force else rerun.load(out, key))


def gather(outcomes, writer=None, max_removed: float | None = None, state=None):
    """The run's :class:`Summary` from the documents' outcomes (rows go to ``writer``)."""
    from cleaner.summary import Summary

    summary = Summary()
    for outcome in outcomes:
        if outcome.error is not None:
            summary.skipped.append((outcome.path, outcome.error))
            if outcome.doc_id is not None:
                summary.unfinished.add(outcome.doc_id)
            continue
        if outcome.write_error is not None:
            summary.unwritten.append((outcome.path, outcome.write_error))
            continue
        if writer is not None and not _wrote_row(writer, outcome, summary):
            continue
        summary.written.add(outcome.doc_id)
        summary.reused += outcome.reused
        if state is not None:
            state.add(outcome.doc_id, outcome.entry)
        if outcome.counts.get(("guard", "flag")) or (max_removed is not None and outcome.removed_share > max_removed):
            summary.over_cleaned.append((outcome.doc_id, outcome.removed_share))
        summary.add_counts(outcome.chars_in, outcome.chars_out, outcome.counts)
    return summary


def _wrote_row(writer, outcome, summary) -> bool:
    try:
        writer.write(*outcome.row)
        return True
    except OSError as exc:
        summary.unwritten.append((outcome.path, f"cannot be written to {writer.path}: {exc.strerror or exc}"))
        return False


def finish(summary, out: Path, prune: bool, quiet: bool, limits: Limits = Limits()) -> int:
    """Prune, print the summary, the over-cleaned documents, the skipped inputs and the
    outputs that could not be written; the exit code of the cleaning.

    A write failure always fails the run, ``--keep-going`` or not: the user's outputs are
    not what the summary says.
    """
    if prune and not summary.unwritten:  # a failing disk is no time to delete anything
        from cleaner import outdir

        # An input skipped this time (unreadable for now, past its budget) is still an input.
        removed, notes = outdir.prune(out, summary.written | summary.unfinished)
        for note in notes:
            typer.echo(f"warning: {note}", err=True)
        if removed and not quiet:
            typer.echo(f"removed the outputs of {len(removed)} document(s) whose input is gone: "
                       f"{', '.join(removed[:10])}{' ...' if len(removed) > 10 else ''}")
    if not quiet:
        _print_summary(summary, out)
    over = {doc_id for doc_id, share in summary.over_cleaned
            if limits.max_removed is not None and share > limits.max_removed}
    for doc_id, share in summary.over_cleaned:
        if doc_id in over:
            typer.echo(f"error: {doc_id} lost {share:.0%} of its Chinese text (--max-removed {limits.max_removed:.0%})", err=True)
        elif not quiet:
            typer.echo(f"over-cleaned? {doc_id} lost {share:.0%} of its Chinese text (flagged: review it)")
    for path, reason in summary.skipped:
        typer.echo(f"skipped {path}: {reason}", err=True)
    for path, reason in summary.unwritten:
        typer.echo(f"not written {path}: {reason}", err=True)
    if summary.unwritten:
        return EXIT_OUTPUT
    if over:
        return EXIT_DATA
    return EXIT_INPUT if summary.skipped and not limits.keep_going else EXIT_OK


def _row_texts(tables: list[Path], columns: tuple[str, str]):
    from cleaner import tables_io

    for table in tables:
        for row in tables_io.iter_rows(table, *columns):
            if not isinstance(row, tables_io.BadRow):
                yield row[1]


def _tasks(inputs, tables: list[Path], columns: tuple[str, str]):
    """The cleaning tasks; rows that cannot be used, or whose id is taken, as "bad" tasks."""
    from cleaner import tables_io

    taken = {item.doc_id.casefold(): str(item.file) for item in inputs}
    for item in inputs:
        yield ("file", *item)
    for table in tables:
        for row in tables_io.iter_rows(table, *columns):
            if isinstance(row, tables_io.BadRow):
                yield ("bad", row.where, row.reason)
                continue
            doc_id, text, source = row
            if doc_id.casefold() in taken:
                yield ("bad", source.path, f"the id {doc_id} again (first: {taken[doc_id.casefold()]}); ids must be unique")
                continue
            taken[doc_id.casefold()] = source.path
            yield ("row", doc_id, text, source)


def _progress(items, quiet: bool, total: int):
    if quiet or total <= PROGRESS_THRESHOLD:
        yield from items
        return
    from rich.progress import track

    yield from track(items, description="cleaning", total=total, transient=True)


def _print_summary(summary, out: Path) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(width=max(Console().width, 110))
    head = Table(title=f"cleaned into {out}/", show_header=True)
    for col in ("documents", "unchanged", "chars in", "chars out", "chars removed", "over-cleaned", "skipped"):
        head.add_column(col, justify="right")
    share = 1 - summary.chars_out / summary.chars_in if summary.chars_in else 0.0
    head.add_row(str(summary.documents), str(summary.reused), str(summary.chars_in), str(summary.chars_out),
                 f"{share:.1%}", str(len(summary.over_cleaned)), str(len(summary.skipped)))
    console.print(head)
    families = Table(show_header=True)
    for col in ("family", "removed", "fixed", "flagged"):
        families.add_column(col, justify="right" if col != "family" else "left")
    for family, removed, fixed, flagged in summary.rows():
        families.add_row(family, str(removed), str(fixed), str(flagged))
    if summary.rows():
        console.print(families)
