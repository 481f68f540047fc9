"""Validation: tables from the records, real Great Expectations runs, the `check` gate, offline reports."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cleaner import offline, tables, validate
from conftest import CLEAN, REPO

SUITES = REPO / "expectations"
CLEANER = Path(sys.executable).with_name("cleaner")


# ---- tables ----------------------------------------------------------------------------

def test_tables_come_from_the_records():
    t = tables.load(CLEAN)
    records = sorted(CLEAN.glob("*.json"))
    assert list(t.documents.doc_id) == [p.stem for p in records]
    lines = sum(len(p.with_suffix(".txt").read_text(encoding="utf-8").splitlines()) for p in records)
    assert len(t.paragraphs) == lines
    assert len(t.findings) == sum(len(json.loads(p.read_text(encoding="utf-8"))["findings"]) for p in records)
    doc = t.documents.set_index("doc_id").loc["001_fceec2214bc8c208"]
    assert doc.figure_flag == 6 and doc.date == "2022-07-25" and 0 < doc.removed_share < 0.2
    assert str(t.paragraphs.text.dtype).startswith("string")  # Arrow-backed


def test_outline_steps_of_the_seeds_are_contiguous():
    t = tables.load(CLEAN)
    steps = t.paragraphs.outline_step.dropna()
    assert len(steps) > 100 and all(tables.outline_step_ok(s) for s in steps)
    assert (t.documents.outline_breaks == 0).all()


# ---- suites ------------------------------------------------------------------------------

def test_suites_are_json_with_a_table_and_severities():
    suites = validate.load_suites(SUITES)
    assert {s["name"] for s in suites} >= {"clean_text", "structure", "documents", "findings"}
    severities = {e.get("severity") for s in suites for e in s["expectations"]}
    assert {"critical", "warning"} <= severities


def test_bad_suite_is_a_configuration_error(tmp_path):
    (tmp_path / "s.json").write_text(json.dumps({"name": "s", "meta": {"table": "paragraphs"},
                                                 "expectations": [{"type": "expect_no_such_thing", "kwargs": {}}]}))
    with pytest.raises(validate.SuiteError):
        validate.validate(CLEAN, tmp_path, None)
    (tmp_path / "s.json").write_text(json.dumps({"name": "s", "meta": {"table": "pages"}, "expectations": []}))
    with pytest.raises(validate.SuiteError):
        validate.load_suites(tmp_path)


@pytest.fixture(scope="module")
def seed_run(tmp_path_factory):
    report = tmp_path_factory.mktemp("reports")
    return validate.validate_and_report(CLEAN, SUITES, report), report


def test_seed_corpus_passes_every_critical_expectation(seed_run):
    outcome, _ = seed_run
    assert outcome.success, [c.description for c in outcome.critical_failures]
    failed_warnings = {c.expectation for c in outcome.checks if not c.success}
    # What the cleaner flags and never guesses is reported, as a warning.
    assert "expect_paragraphs_to_have_no_garbled_text" in failed_warnings
    garbled = next(c for c in outcome.checks if c.expectation == "expect_paragraphs_to_have_no_garbled_text")
    assert any("乡~~市" in str(x) for x in garbled.examples)


def test_reports_are_written_and_load_nothing_from_the_network(seed_run):
    _, report = seed_run
    pages = sorted(report.rglob("*.html"))
    assert (report / "index.html") in pages and (report / "data_docs" / "index.html") in pages
    assert (report / "review" / "index.html") in pages
    assert len(list((report / "review" / "docs").glob("*.html"))) == 5
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert offline.remote_references(html) == [], page
        for ref in _local_refs(html):
            assert (page.parent / ref).resolve().exists(), f"{page}: {ref} missing"


def _local_refs(html: str) -> list[str]:
    import re

    refs = re.findall(r'<(?:script|link)\b[^>]*?(?:src|href)="([^"#?]+)', html)
    return [r for r in refs if not r.startswith(("http:", "https:", "data:")) and not r.endswith("favicon.ico")]


def test_vendored_assets_match_their_manifest():
    import hashlib

    for line in (offline.vendor_dir() / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        url, package, local, sha = line.split("\t")
        assert hashlib.sha256((offline.vendor_dir() / local).read_bytes()).hexdigest() == sha, local


def test_review_page_marks_findings_with_rule_and_reason(seed_run):
    _, report = seed_run
    page = (report / "review" / "docs" / "001_fceec2214bc8c208.html").read_text(encoding="utf-8")
    assert 'class="remove" title="ads.' in page
    assert 'title="figure.flag_missing_measure_words: count 81 stands before 医务人员' in page
    index = (report / "review" / "index.html").read_text(encoding="utf-8")
    assert "<svg" in index and "figure flag: 7" in index and "../data_docs/index.html" in index


# ---- the CI gate, as a user runs it ----------------------------------------------------------

def _project(tmp_path: Path) -> Path:
    for name in ("raw", "clean", "expectations"):
        shutil.copytree(REPO / name, tmp_path / name)
    return tmp_path


def _check(cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(CLEANER), "check", "-q"], cwd=cwd, capture_output=True, text=True, timeout=600)


def _data_docs_text(cwd: Path) -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in (cwd / "reports" / "data_docs").rglob("*.html"))


CORRUPTIONS = [
    # (file, old, new, offending text the Data Docs must show)
    ("002_25fd06d5f9460b46.txt", "\n4.提升基层医疗水平。", "\n代写文章微信：13258028938\n4.提升基层医疗水平。",
     "代写文章微信：13258028938"),
    ("002_25fd06d5f9460b46.txt", "重点项目达标率69.8%以上。", "重点项目,达标率69.8%以上。", "重点项目,达标率"),
    ("000_6d1b1e67461f18fc.txt", "\n（二十二）", "\n（二十四）", "（二十一） → （二十四）"),
]


@pytest.mark.parametrize("name,old,new,shown", CORRUPTIONS, ids=["ad line", "ascii comma", "outline numeral"])
def test_check_fails_on_a_corrupted_clean_file_and_shows_the_text(tmp_path, name, old, new, shown):
    project = _project(tmp_path)
    path = project / "clean" / name
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    done = _check(project)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "FAILED (critical)" in done.stderr and "stale" in done.stderr
    assert shown in _data_docs_text(project)


def test_check_passes_on_the_committed_corpus_and_fails_when_stale(tmp_path):
    project = _project(tmp_path)
    done = _check(project)
    assert done.returncode == 0, done.stdout + done.stderr
    (project / "raw" / "005_new.txt").write_text("新增文件\n正文。\n", encoding="utf-8")
    stale = _check(project)
    assert stale.returncode == 1 and "no 005_new.txt" in stale.stderr


def test_validate_exit_codes(tmp_path):
    missing = subprocess.run([str(CLEANER), "validate", "nowhere"], cwd=tmp_path, capture_output=True, text=True)
    assert missing.returncode == 2
    (tmp_path / "suites").mkdir()
    (tmp_path / "suites" / "bad.json").write_text("{not json", encoding="utf-8")
    bad = subprocess.run([str(CLEANER), "validate", str(CLEAN), "--suites", "suites", "--report", "r"],
                         cwd=tmp_path, capture_output=True, text=True, timeout=600)
    assert bad.returncode == 3 and "bad.json" in bad.stderr
