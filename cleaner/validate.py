"""Run the suites of ``expectations/`` over a clean folder and write the quality reports.

Great Expectations runs in an ephemeral context (no ``gx/`` folder, nothing kept between
runs). Each suite names the table it checks (``meta.table``: documents, paragraphs,
findings); severity decides the outcome: a failed *critical* expectation fails the
validation, *warning* and *info* are reported only.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import warnings
from dataclasses import dataclass, field
from pathlib import Path

from cleaner import tables as tables_mod

DEFAULT_SUITES = Path("expectations")
# COMPLETE: Data Docs then name the document (and paragraph) of every unexpected value.
RESULT_FORMAT = {"result_format": "COMPLETE", "partial_unexpected_count": 20, "include_unexpected_rows": False}
INDEX_COLUMNS = {"documents": ["doc_id"], "paragraphs": ["doc_id", "index"], "findings": ["doc_id"]}
SEVERITIES = ("critical", "warning", "info")


class SuiteError(Exception):
    """A suite file is missing, unreadable or names an unknown expectation or table."""


@dataclass
class Check:
    suite: str
    expectation: str
    description: str
    severity: str
    success: bool
    unexpected: int
    examples: list = field(default_factory=list)


@dataclass
class Outcome:
    checks: list[Check]
    docs_index: Path | None

    @property
    def critical_failures(self) -> list[Check]:
        return [c for c in self.checks if not c.success and c.severity == "critical"]

    @property
    def success(self) -> bool:
        return not self.critical_failures


def load_suites(suites_dir: Path) -> list[dict]:
    """The suite files of ``suites_dir`` as dicts, checked for shape (not yet for GX types)."""
    files = sorted(Path(suites_dir).glob("*.json"))
    if not files:
        raise SuiteError(f"no suite (*.json) in {suites_dir}")
    suites = []
    for path in files:
        try:
            suite = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as e:
            raise SuiteError(f"{path}: {e}") from e
        table = suite.get("meta", {}).get("table")
        if table not in ("documents", "paragraphs", "findings"):
            raise SuiteError(f"{path}: meta.table must be documents, paragraphs or findings, not {table!r}")
        for e in suite.get("expectations", []):
            if e.get("severity", "critical") not in SEVERITIES:
                raise SuiteError(f"{path}: severity must be one of {SEVERITIES}: {e}")
        suites.append(suite)
    return suites


def validate(clean_dir: Path, suites_dir: Path = DEFAULT_SUITES, report_dir: Path | None = None) -> Outcome:
    """Validate ``clean_dir`` with the suites; write Data Docs under ``report_dir/data_docs``."""
    suites = load_suites(suites_dir)
    unusable: list[str] = []
    outcome = validate_tables(tables_mod.load(clean_dir, unusable), suites, report_dir)
    outcome.checks.insert(0, records_check(unusable))
    return outcome


def records_check(unusable: list[str]) -> Check:
    """A critical check of its own: every record of the folder can be read with its text
    (one that cannot is in no table, so no suite would see it)."""
    return Check("records", "readable_records", "Every record in the clean folder can be read, with its text.",
                 "critical", not unusable, len(unusable), unusable[:20])


def validate_tables(frames: tables_mod.Tables, suites: list[dict], report_dir: Path | None = None,
                    engine: str = "pandas") -> Outcome:
    """Validate the tables (pandas, or Spark DataFrames with ``engine="spark"``) with the suites."""
    gx, context = _context()
    docs_dir = (Path(report_dir) / "data_docs").resolve() if report_dir else None
    if docs_dir:
        shutil.rmtree(docs_dir, ignore_errors=True)
        context.add_data_docs_site(site_name="cleaner", site_config={
            "class_name": "SiteBuilder",
            "store_backend": {"class_name": "TupleFilesystemStoreBackend", "base_directory": str(docs_dir)},
            "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
        })
    source = (context.data_sources.add_spark("corpus", persist=False) if engine == "spark"
              else context.data_sources.add_pandas("corpus"))
    checks = []
    for suite_dict in suites:
        table = suite_dict["meta"]["table"]
        frame = getattr(frames, table)
        batch = source.add_dataframe_asset(f"{suite_dict['name']}-{table}").add_batch_definition_whole_dataframe("all")
        suite = context.suites.add(_suite(gx, suite_dict))
        definition = context.validation_definitions.add(
            gx.ValidationDefinition(name=suite_dict["name"], data=batch, suite=suite))
        actions = [gx.checkpoint.UpdateDataDocsAction(name="docs", site_names=["cleaner"])] if docs_dir else []
        checkpoint = context.checkpoints.add(gx.Checkpoint(
            name=f"check_{suite_dict['name']}", validation_definitions=[definition], actions=actions,
            result_format=_result_format(table, engine)))
        result = checkpoint.run(batch_parameters={"dataframe": frame})
        checks += _checks(suite_dict["name"], result)
    index = None
    if docs_dir:
        context.build_data_docs(site_names=["cleaner"])
        from cleaner import offline

        offline.make_offline(docs_dir)
        index = docs_dir / "index.html"
    return Outcome(checks, index)


def _result_format(table: str, engine: str) -> dict:
    """COMPLETE with index columns on pandas; on Spark every extra metric is another job, so
    SUMMARY (20 offending values per expectation) keeps the run to a few jobs per check."""
    if engine == "spark":
        return {"result_format": "SUMMARY", "partial_unexpected_count": 20}
    return {**RESULT_FORMAT, "unexpected_index_column_names": INDEX_COLUMNS[table]}


def _context():
    """An ephemeral Great Expectations context, quiet: no progress bars, no usage stats."""
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    logging.getLogger("great_expectations").setLevel(logging.ERROR)
    warnings.filterwarnings("ignore", module="great_expectations")
    import great_expectations as gx
    from great_expectations.execution_engine import pandas_execution_engine

    import cleaner.expectations  # noqa: F401  registers the custom expectations

    # GX fingerprints every pandas batch under 1 GB by hashing all of it; the fingerprint
    # only labels the batch, and on a million paragraphs the hash costs seconds.
    pandas_execution_engine.HASH_THRESHOLD = 0

    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = {"globally": False, "metric_calculations": False}
    return gx, context


def _suite(gx, suite_dict: dict):
    from great_expectations.expectations.expectation_configuration import ExpectationConfiguration

    expectations = []
    for e in suite_dict.get("expectations", []):
        try:
            config = ExpectationConfiguration(
                type=e["type"], kwargs=e.get("kwargs", {}), meta=e.get("meta"),
                description=e.get("description"), severity=e.get("severity", "critical"))
            expectations.append(config.to_domain_obj())
        except Exception as exc:  # GX raises many kinds for an unknown or malformed expectation
            raise SuiteError(f"suite {suite_dict['name']}: {e.get('type')}: {exc}") from exc
    return gx.ExpectationSuite(name=suite_dict["name"], expectations=expectations,
                               meta={k: v for k, v in suite_dict.get("meta", {}).items() if k != "table"})


def _checks(suite_name: str, checkpoint_result) -> list[Check]:
    checks = []
    for run in checkpoint_result.run_results.values():
        for r in run.results:
            config = r.expectation_config
            expectation = config.to_domain_obj()
            result = r.result or {}
            severity = getattr(config.severity, "value", str(config.severity))
            examples = _examples(result)
            if not examples and result.get("observed_value") is not None and not r.success:
                examples = [result["observed_value"]]
            checks.append(Check(suite_name, config.type, expectation.description or config.type, severity,
                                bool(r.success), int(result.get("unexpected_count") or (0 if r.success else 1)),
                                examples))
    return checks


def validate_and_report(clean_dir: Path, suites_dir: Path, report_dir: Path | None, spark=None) -> Outcome:
    """Validate, then (with ``report_dir``) write the review pages and a landing page.

    With a Spark session the tables are Spark DataFrames built and validated on the
    executors; the review pages, which show every document, are left to the local engine.
    """
    if spark is None:
        outcome = validate(clean_dir, suites_dir, report_dir)
    else:
        from cleaner import spark as spark_mod

        outcome = validate_tables(spark_mod.tables(spark, clean_dir), load_suites(suites_dir), report_dir, "spark")
        outcome.checks.insert(0, records_check(spark_mod.unusable_records(spark, clean_dir)))
    if report_dir is not None:
        if spark is None:
            from cleaner import review

            review.write(clean_dir, Path(report_dir) / "review", data_docs=Path(report_dir) / "data_docs")
        _landing(Path(report_dir), outcome, review=spark is None)
    return outcome


def _examples(result: dict) -> list:
    """Unexpected values, each with the document (and paragraph) it is in when GX gives them."""
    values = list(result.get("partial_unexpected_list") or [])
    where = result.get("unexpected_index_list") or []
    if where and len(where) >= len(values) and all(isinstance(w, dict) for w in where):
        return [f"{' #'.join(str(v) for k, v in w.items() if k in ('doc_id', 'index'))}: {value}"
                for w, value in zip(where, values)]
    return values


def _verdict(check: Check) -> str:
    return "pass" if check.success else {"critical": "FAIL", "warning": "warn"}.get(check.severity, "note")


def _landing(report_dir: Path, outcome: Outcome, review: bool = True) -> None:
    import html

    rows = "".join(
        f"<tr><td>{html.escape(c.severity)}</td><td>{_verdict(c)}</td>"
        f"<td>{html.escape(c.suite)}</td><td>{html.escape(c.description)}</td><td>{c.unexpected}</td></tr>"
        for c in outcome.checks)
    verdict = "passed" if outcome.success else f"FAILED: {len(outcome.critical_failures)} critical expectation(s)"
    page = (f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>cleaner reports</title>'
            f"<style>body{{font-family:system-ui,sans-serif;margin:24px}}td,th{{border:1px solid #ccc;padding:4px 8px}}"
            f"table{{border-collapse:collapse}}</style></head><body><h1>cleaner reports: validation {verdict}</h1>"
            f'<p><a href="data_docs/index.html">Data Docs (Great Expectations)</a>'
            + (' · <a href="review/index.html">Review: raw and clean side by side</a>' if review else "")
            + "</p>"
            f"<table><tr><th>severity</th><th>result</th><th>suite</th><th>expectation</th><th>unexpected</th></tr>"
            f"{rows}</table></body></html>\n")
    (report_dir / "index.html").write_text(page, encoding="utf-8")
