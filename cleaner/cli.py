"""The ``cleaner`` command line: parses options, calls the library, prints. No rule logic.

Exit codes (also in ``cleaner --help`` and the README):

- 0: success
- 1: the data failed a check (a restore that does not match its source, a failed validation)
- 2: bad usage (unknown option, missing path)
- 3: configuration error
- 4: some input files could not be used (each is named in the summary)
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from cleaner.exits import EXIT_CONFIG, EXIT_DATA, EXIT_INPUT, EXIT_OK, EXIT_OUTPUT, EXIT_USAGE  # noqa: F401 - re-exported

app = typer.Typer(
    name="cleaner",
    help=(
        "Clean scraped Chinese government documents, record every change, validate the corpus.\n\n"
        "Exit codes: 0 success; 1 data failed a check; 2 bad usage; 3 configuration error; "
        "4 some input files could not be used; 5 outputs could not be written."
    ),
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)

Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing but errors.")]
ConfigFile = Annotated[
    Optional[Path],
    typer.Option("--config", help="A TOML file of settings [default: [tool.cleaner] in ./pyproject.toml]."),
]
IdColumn = Annotated[str, typer.Option("--id-column", help="Id column of JSONL / Parquet inputs.")]
TextColumn = Annotated[str, typer.Option("--text-column", help="Text column of JSONL / Parquet inputs.")]
Format = Annotated[str, typer.Option("--format", help="files (<id>.txt + <id>.json), jsonl or parquet (OUT/clean.<format>).")]
KeepGoing = Annotated[bool, typer.Option("--keep-going", help="Exit 0 even when some input files were skipped (they are still listed).")]
Force = Annotated[bool, typer.Option("--force", help="Clean every file again, even those unchanged since the last run.")]
MaxRemoved = Annotated[Optional[float], typer.Option(
    "--max-removed", min=0.0, max=1.0,
    help="Exit 1 when a document lost more than this share of its Chinese text (0.4 = 40%); "
         "without it such documents are flagged and listed, not an error.")]
Jobs = Annotated[Optional[int], typer.Option("--jobs", "-j", min=1, help="Worker processes [default: the number of cores].")]
DocTimeout = Annotated[float, typer.Option(
    "--doc-timeout", min=0.0,
    help="CPU seconds one document may take to read and clean; past it, it is skipped with the reason (0: no limit).")]


def _limits(keep_going: bool, max_removed: float | None):
    from cleaner.batch import Limits

    return Limits(keep_going, max_removed)


DEFAULT_DOC_TIMEOUT = 60.0  # cleaner.budget.DEFAULT_SECONDS, without importing it for --help


def _version(value: bool) -> None:
    if value:
        from cleaner import __version__

        typer.echo(f"cleaner {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        Optional[bool],
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit."),
    ] = None,
) -> None:
    """Clean scraped Chinese government documents, record every change, validate the corpus."""


@app.command()
def clean(
    paths: Annotated[Optional[list[Path]], typer.Argument(help="Files or folders to clean [default: raw/].")] = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for <id>.txt and <id>.json.")] = Path("clean"),
    config: ConfigFile = None,
    jobs: Jobs = None,
    id_column: IdColumn = "id",
    text_column: TextColumn = "text",
    format: Format = "files",
    keep_going: KeepGoing = False,
    max_removed: MaxRemoved = None,
    force: Force = False,
    doc_timeout: DocTimeout = DEFAULT_DOC_TIMEOUT,
    quiet: Quiet = False,
) -> None:
    """Clean files, folders or JSONL / Parquet corpora into OUT (per-document files, or one JSONL / Parquet)."""
    if format not in ("files", "jsonl", "parquet"):
        typer.echo(f"error: --format must be files, jsonl or parquet, not {format}", err=True)
        raise typer.Exit(EXIT_USAGE)
    raise typer.Exit(_clean(paths or [Path("raw")], out, config, quiet, prune=False, jobs=jobs,
                            columns=(id_column, text_column), fmt=format,
                            limits=_limits(keep_going, max_removed), force=force, doc_timeout=doc_timeout))


SuitesDir = Annotated[Path, typer.Option("--suites", help="Folder of expectation suites (*.json).")]
ReportDir = Annotated[Path, typer.Option("--report", "-r", help="Folder for Data Docs and the review pages.")]


@app.command()
def run(
    raw: Annotated[Path, typer.Option(help="Folder of raw scrapes.")] = Path("raw"),
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for the clean corpus.")] = Path("clean"),
    config: ConfigFile = None,
    suites: SuitesDir = Path("expectations"),
    report: ReportDir = Path("reports"),
    jobs: Jobs = None,
    engine: Annotated[str, typer.Option(help="local (processes on this machine) or spark.")] = "local",
    master: Annotated[Optional[str], typer.Option(help="Spark master URL [default: local[*]].")] = None,
    keep_going: KeepGoing = False,
    max_removed: MaxRemoved = None,
    force: Force = False,
    doc_timeout: DocTimeout = DEFAULT_DOC_TIMEOUT,
    quiet: Quiet = False,
) -> None:
    """The main job: clean raw/ into clean/ (dropping outputs whose raw is gone), validate, write reports."""
    if engine not in ("local", "spark"):
        typer.echo(f"error: --engine must be local or spark, not {engine}", err=True)
        raise typer.Exit(EXIT_USAGE)
    limits = _limits(keep_going, max_removed)
    if engine == "spark":
        raise typer.Exit(_run_spark(raw, out, config, suites, report, master, quiet, limits, doc_timeout))
    code = _clean([raw], out, config, quiet, prune=True, jobs=jobs, limits=limits, force=force,
                  doc_timeout=doc_timeout)
    if code not in (EXIT_OK, EXIT_INPUT, EXIT_DATA):  # usage, configuration or output: nothing to validate
        raise typer.Exit(code)
    if not suites.is_dir():
        if not quiet:
            typer.echo(f"no {suites}/ folder of expectation suites: validation skipped")
        raise typer.Exit(code)
    validation = _validate(out, suites, report, quiet)
    raise typer.Exit(validation if validation != EXIT_OK else code)


@app.command()
def validate(
    clean_dir: Annotated[Path, typer.Argument(help="A clean folder (<id>.txt + <id>.json).")] = Path("clean"),
    suites: SuitesDir = Path("expectations"),
    report: ReportDir = Path("reports"),
    quiet: Quiet = False,
) -> None:
    """Validate a clean folder with the suites; write Data Docs and review pages. Exit 1 on a critical failure."""
    raise typer.Exit(_validate(clean_dir, suites, report, quiet))


@app.command()
def check(
    raw: Annotated[Path, typer.Option(help="Folder of raw scrapes.")] = Path("raw"),
    clean_dir: Annotated[Path, typer.Option("--clean", help="The committed clean folder.")] = Path("clean"),
    config: ConfigFile = None,
    suites: SuitesDir = Path("expectations"),
    report: ReportDir = Path("reports"),
    doc_timeout: DocTimeout = DEFAULT_DOC_TIMEOUT,
    quiet: Quiet = False,
) -> None:
    """The CI gate: clean/ must be what raw/ cleans into, and must pass validation. Exit 1 if not."""
    from cleaner import staleness

    for path in (raw, clean_dir):
        if not path.is_dir():
            typer.echo(f"error: not a folder: {path}", err=True)
            raise typer.Exit(EXIT_USAGE)
    settings = _load_settings(config)
    problems = staleness.stale(raw, clean_dir, settings, doc_timeout or None)
    for problem in problems:
        typer.echo(f"stale: {problem}", err=True)
    if problems:
        typer.echo(f"{clean_dir}/ is not what {raw}/ cleans into: run `cleaner run` and commit", err=True)
    code = _validate(clean_dir, suites, report, quiet)
    raise typer.Exit(EXIT_DATA if problems else code)


def _validate(clean_dir: Path, suites_dir: Path, report_dir: Path | None, quiet: bool, spark=None) -> int:
    from cleaner import validate as validate_mod

    if not clean_dir.is_dir():
        typer.echo(f"error: not a folder: {clean_dir}", err=True)
        return EXIT_USAGE
    if not suites_dir.is_dir():
        typer.echo(f"error: no suites folder: {suites_dir}", err=True)
        return EXIT_CONFIG
    try:
        outcome = validate_mod.validate_and_report(clean_dir, suites_dir, report_dir, spark=spark)
    except validate_mod.SuiteError as exc:
        typer.echo(f"error: {exc}", err=True)
        return EXIT_CONFIG
    except OSError as exc:  # the reports could not be written (full disk, read-only folder)
        typer.echo(f"not written {report_dir}: {exc.strerror or exc} ({getattr(exc, 'filename', '') or ''})", err=True)
        return EXIT_OUTPUT
    if not quiet:
        _print_checks(outcome, report_dir)
    for check_ in outcome.critical_failures:
        typer.echo(f"FAILED (critical) {check_.suite}: {check_.description}", err=True)
        for example in check_.examples[:3]:
            typer.echo(f"    {str(example)[:100]}", err=True)
    return EXIT_OK if outcome.success else EXIT_DATA


def _print_checks(outcome, report_dir: Path | None) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title="validation", show_header=True)
    for col in ("suite", "severity", "result", "unexpected", "expectation"):
        table.add_column(col)
    for c in outcome.checks:
        verdict = "pass" if c.success else {"critical": "FAIL", "warning": "warn"}.get(c.severity, "note")
        table.add_row(c.suite, c.severity, verdict, str(c.unexpected), c.description[:90])
    console = Console(width=160)
    console.print(table)
    if report_dir is not None:
        review = f", review: {report_dir}/review/index.html" if (Path(report_dir) / "review").is_dir() else ""
        console.print(f"reports: {report_dir}/index.html (Data Docs: {report_dir}/data_docs/index.html{review})")


def _load_settings(config_file: Path | None):
    """The configuration (``--config``, pyproject.toml or the defaults); exit 3 with the reason if invalid."""
    from cleaner import config as config_mod

    try:
        return config_mod.load(config_file)
    except config_mod.ConfigError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(EXIT_CONFIG)


def _clean(paths: list[Path], out: Path, config_file: Path | None, quiet: bool, prune: bool, limits,
           jobs: int | None = None, columns: tuple[str, str] = ("id", "text"), fmt: str = "files",
           force: bool = False, doc_timeout: float = DEFAULT_DOC_TIMEOUT) -> int:
    from cleaner import batch

    missing = [p for p in paths if not p.exists()]
    if missing:
        typer.echo(f"error: no such file or folder: {', '.join(map(str, missing))}", err=True)
        return EXIT_USAGE
    if out.exists() and not out.is_dir():
        typer.echo(f"error: --out {out} is a file, not a folder", err=True)
        return EXIT_USAGE
    settings = _load_settings(config_file)
    job = batch.Job(out, settings, prune=prune, quiet=quiet, jobs=jobs, columns=columns, fmt=fmt,
                    limits=limits, force=force, doc_timeout=doc_timeout or None)
    return batch.clean_inputs(paths, job)


def _run_spark(raw: Path, out: Path, config_file: Path | None, suites: Path, report: Path,
               master: str | None, quiet: bool, limits, doc_timeout: float) -> int:
    from cleaner import batch, io, outdir

    try:
        from cleaner import spark as spark_mod

        import pyspark  # noqa: F401
    except ImportError:
        typer.echo("error: the Spark engine needs PySpark: pip install 'cleaner[spark]'", err=True)
        return EXIT_CONFIG
    if not raw.is_dir():
        typer.echo(f"error: not a folder: {raw}", err=True)
        return EXIT_USAGE
    problem = outdir.overlap([raw], out)
    if problem:
        typer.echo(f"error: {problem}", err=True)
        return EXIT_USAGE
    if not any(io.plan_inputs([raw], exclude=out)):  # an empty folder must not prune a whole corpus away
        typer.echo(f"error: no files to clean in {raw}", err=True)
        return EXIT_USAGE
    settings = _load_settings(config_file)
    try:
        with outdir.locked(out):
            spark = spark_mod.session(master)
            try:
                rows = spark_mod.clean_corpus(spark, raw, out.resolve(), settings, doc_timeout or None)
                summary = batch.gather(rows, max_removed=limits.max_removed)
                code = batch.finish(summary, out, prune=True, quiet=quiet, limits=limits)
                if not suites.is_dir() or code == EXIT_OUTPUT:
                    return code
                validation = _validate(out, suites, report, quiet, spark=spark)
                return validation if validation != EXIT_OK else code
            finally:
                spark.stop()
    except outdir.Unusable as exc:
        typer.echo(f"error: {exc}", err=True)
        return EXIT_OUTPUT


@app.command()
def restore(
    clean_dir: Annotated[Path, typer.Argument(
        help="A clean folder (<id>.txt + <id>.json, and any clean.jsonl / clean.parquet in it), or one such table.")
    ] = Path("clean"),
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder to write the rebuilt raw files into.")] = Path("restored"),
    overwrite: Annotated[bool, typer.Option("--overwrite", help="Replace files already in OUT that have other bytes.")] = False,
    quiet: Quiet = False,
) -> None:
    """Rebuild the raw files, byte for byte and under their recorded paths, from the clean text and the records."""
    from cleaner import restoring

    if not clean_dir.exists():
        typer.echo(f"error: no such folder or table: {clean_dir}", err=True)
        raise typer.Exit(EXIT_USAGE)
    if out.exists() and not out.is_dir():
        typer.echo(f"error: --out {out} is a file, not a folder", err=True)
        raise typer.Exit(EXIT_USAGE)
    report = restoring.restore(clean_dir, out, overwrite)
    for problem in report.problems:
        typer.echo(problem, err=True)
    if not report.records:
        typer.echo(f"error: no records in {clean_dir}: nothing to restore", err=True)
        raise typer.Exit(EXIT_USAGE)
    if not quiet:
        typer.echo(f"restored {report.restored} files into {out}/ ({report.identical} byte-identical)")
    raise typer.Exit(EXIT_DATA if report.problems else EXIT_OK)


@app.command()
def rules() -> None:
    """List the rules in the order they run: id, family, what each does."""
    from rich.console import Console
    from rich.table import Table

    from cleaner.pipeline import ORDER, describe, rule_family, rule_id

    table = Table(show_header=True)
    for col in ("#", "rule", "family", "description"):
        table.add_column(col)
    for i, rule in enumerate(ORDER, 1):
        table.add_row(str(i), rule_id(rule), rule_family(rule), describe(rule))
    Console(width=200).print(table)


@app.command()
def explain(
    file: Annotated[Path, typer.Argument(help="A clean record (<id>.json or <id>.txt) or a raw file.")],
    action: Annotated[Optional[str], typer.Option(help="Only this action: remove, fix or flag.")] = None,
) -> None:
    """Each finding of one document: rule, action, raw line, before -> after, reason."""
    from cleaner import io, records
    from cleaner.explain import explain_rows

    if not file.exists():
        typer.echo(f"error: no such file: {file}", err=True)
        raise typer.Exit(EXIT_USAGE)
    if file.suffix in (".json", ".txt") and file.with_suffix(".json").exists() and _is_record(file.with_suffix(".json")):
        from cleaner.edits import EditError

        try:
            text, rec = records.read_clean(file.with_suffix(".json"))
            raw_text, findings = io.decode(records.restore_bytes(text, rec))[0], rec["findings"]
        except (records.RecordError, EditError, io.InputError) as exc:
            typer.echo(f"error: {file}: {exc}", err=True)
            raise typer.Exit(EXIT_DATA)
    else:
        try:
            cleaned, _ = io.clean_path(file)
        except (io.InputError, OSError) as exc:
            typer.echo(f"error: {file}: {exc}", err=True)
            raise typer.Exit(EXIT_INPUT)
        raw_text, findings = cleaned.raw, [f.to_dict() for f in cleaned.findings]
    for line in explain_rows(raw_text, findings, action):
        typer.echo(line)


def _is_record(path: Path) -> bool:
    import json

    try:
        rec = json.loads(path.read_text(encoding="utf-8"))
    except (ValueError, OSError, RecursionError):
        return False
    return isinstance(rec, dict) and "findings" in rec


if __name__ == "__main__":  # pragma: no cover
    app()
