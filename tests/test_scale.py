"""Several cores and table corpora: the same records whatever the layout or the number of jobs."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from cleaner import records, tables_io
from conftest import CLEAN, RAW

CLEANER = Path(sys.executable).with_name("cleaner")


def _run(*args, cwd) -> subprocess.CompletedProcess:
    return subprocess.run([str(CLEANER), *args], cwd=cwd, capture_output=True, text=True, timeout=600)


def _committed() -> dict[str, tuple[str, dict]]:
    return {p.stem: records.read_clean(p) for p in records.iter_records(CLEAN)}


def test_two_jobs_write_exactly_what_one_writes(tmp_path):
    for jobs in ("1", "2"):
        done = _run("clean", str(RAW), "--out", f"out{jobs}", "--jobs", jobs, "-q", cwd=tmp_path)
        assert done.returncode == 0, done.stderr
    for path in sorted(p for p in CLEAN.iterdir() if not p.name.startswith(".")):  # not the rerun state
        assert (tmp_path / "out1" / path.name).read_bytes() == path.read_bytes()
        assert (tmp_path / "out2" / path.name).read_bytes() == path.read_bytes()


@pytest.fixture
def seed_tables(tmp_path) -> Path:
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [{"doc": p.stem, "body": p.read_text(encoding="utf-8")} for p in sorted(RAW.iterdir())]
    (tmp_path / "seeds.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                                          encoding="utf-8")
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "seeds.parquet")
    return tmp_path


@pytest.mark.parametrize("table", ["seeds.jsonl", "seeds.parquet"])
@pytest.mark.parametrize("fmt", ["files", "jsonl", "parquet"])
def test_table_corpora_give_the_same_records(seed_tables, table, fmt):
    done = _run("clean", table, "--out", "out", "--format", fmt, "--id-column", "doc", "--text-column", "body",
                "-j", "2", "-q", cwd=seed_tables)
    assert done.returncode == 0, done.stderr
    out = seed_tables / "out"
    if fmt == "files":
        got = {p.stem: records.read_clean(p) for p in records.iter_records(out)}
    else:
        rows = list(tables_io.read_table_records(out / f"clean.{fmt}"))
        assert not [row for row in rows if isinstance(row, tables_io.BadRow)]
        got = {rec["id"]: (text, rec) for text, rec in rows}
    committed = _committed()
    assert set(got) == set(committed)
    for doc_id, (text, rec) in got.items():
        want_text, want = committed[doc_id]
        assert text == want_text
        assert rec["findings"] == want["findings"] and rec["metadata"] == want["metadata"]
        assert rec["source"]["path"] == f"{table}#{doc_id}"
        # The record gives the row's text back exactly.
        assert records.restore_bytes(text, rec) == (RAW / f"{doc_id}.txt").read_bytes()


def test_a_broken_table_is_an_input_error(tmp_path):
    (tmp_path / "bad.jsonl").write_text('{"id": "a", "text": "正文。"}\n{not json\n', encoding="utf-8")
    done = _run("clean", "bad.jsonl", "--out", "out", "-q", cwd=tmp_path)
    assert done.returncode == 4 and "line 2" in done.stderr
    (tmp_path / "notext.jsonl").write_text('{"id": "a", "body": "正文。"}\n', encoding="utf-8")
    done = _run("clean", "notext.jsonl", "--out", "out", "-q", cwd=tmp_path)
    assert done.returncode == 4 and "text" in done.stderr


def test_unsafe_ids_become_file_names():
    assert tables_io._safe_id("省/2021 01") == "省_2021_01"
    assert tables_io._safe_id("../..") == "doc"
