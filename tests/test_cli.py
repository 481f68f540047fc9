"""The command line: options through CliRunner, and the installed entry point as a real subprocess."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cleaner.cli import EXIT_CONFIG, EXIT_DATA, EXIT_INPUT, EXIT_USAGE, app
from conftest import RAW

runner = CliRunner()
CLEANER = Path(sys.executable).with_name("cleaner")


@pytest.fixture
def workdir(tmp_path, monkeypatch):
    shutil.copytree(RAW, tmp_path / "raw")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_version():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.output.startswith("cleaner ")


def test_clean_writes_txt_and_json_with_summary(workdir):
    result = runner.invoke(app, ["clean", "raw", "--out", "out"])
    assert result.exit_code == 0, result.output
    assert len(list((workdir / "out").glob("*.txt"))) == 5
    assert len(list((workdir / "out").glob("*.json"))) == 5
    assert "documents" in result.output and "punct" in result.output


def test_clean_single_file_and_quiet(workdir):
    one = next((workdir / "raw").iterdir())
    result = runner.invoke(app, ["clean", str(one), "-o", "single", "--quiet"])
    assert result.exit_code == 0 and result.output == ""
    assert (workdir / "single" / f"{one.stem}.json").exists()


def test_missing_path_is_a_usage_error(workdir):
    result = runner.invoke(app, ["clean", "nope", "--out", "out"])
    assert result.exit_code == EXIT_USAGE


def test_unreadable_file_is_skipped_and_named(workdir):
    (workdir / "raw" / "bad.txt").write_bytes(b"\xfe\xff\x00")
    result = runner.invoke(app, ["clean", "raw", "--out", "out"])
    assert result.exit_code == EXIT_INPUT
    assert "bad.txt" in result.output
    assert len(list((workdir / "out").glob("*.json"))) == 5  # the others still written


def test_run_prunes_outputs_whose_raw_is_gone(workdir):
    assert runner.invoke(app, ["run", "-q"]).exit_code == 0
    victim = next((workdir / "raw").iterdir())
    victim.unlink()
    assert runner.invoke(app, ["run", "-q"]).exit_code == 0
    assert not (workdir / "clean" / f"{victim.stem}.json").exists()
    assert len(list((workdir / "clean").glob("*.txt"))) == 4


def test_restore_detects_a_tampered_record(workdir):
    assert runner.invoke(app, ["run", "-q"]).exit_code == 0
    txt = next((workdir / "clean").glob("*.txt"))
    txt.write_text(txt.read_text(encoding="utf-8").replace("，", "、", 1), encoding="utf-8")
    result = runner.invoke(app, ["restore", "clean", "--out", "back"])
    assert result.exit_code == EXIT_DATA and "mismatch" in result.output


def test_rules_lists_every_rule():
    from cleaner.pipeline import ORDER, rule_id

    result = runner.invoke(app, ["rules"])
    assert result.exit_code == 0
    for rule in ORDER:
        assert rule_id(rule) in result.output


def test_explain_from_record_and_from_raw(workdir):
    assert runner.invoke(app, ["run", "-q"]).exit_code == 0
    from_record = runner.invoke(app, ["explain", "clean/003_f40f8569e1bd499c.json"])
    from_raw = runner.invoke(app, ["explain", "raw/003_f40f8569e1bd499c.txt"])
    assert from_record.exit_code == from_raw.exit_code == 0
    assert from_record.output == from_raw.output
    assert "L12  space.drop_stray_spaces  remove  ' ' -> ''  (stray space between Chinese text and a figure)" in from_record.output
    only_fix = runner.invoke(app, ["explain", "clean/003_f40f8569e1bd499c.json", "--action", "fix"])
    assert "remove" not in only_fix.output.replace("removed", "")


# ---- the installed entry point, as a user runs it ---------------------------------------

def _run(*args, cwd):
    return subprocess.run([str(CLEANER), *args], cwd=cwd, capture_output=True, text=True, timeout=300)


def test_subprocess_run_then_restore_is_byte_identical(tmp_path):
    shutil.copytree(RAW, tmp_path / "raw")
    done = _run("run", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    back = _run("restore", "clean", "--out", "back", cwd=tmp_path)
    assert back.returncode == 0, back.stderr
    for raw in (tmp_path / "raw").iterdir():
        assert hashlib.sha256((tmp_path / "back" / "raw" / raw.name).read_bytes()).hexdigest() == \
            hashlib.sha256(raw.read_bytes()).hexdigest()
    rec = json.loads(next((tmp_path / "clean").glob("*.json")).read_text(encoding="utf-8"))
    assert rec["source"]["path"].startswith("raw/")


def test_subprocess_bad_option_exits_2(tmp_path):
    assert _run("clean", "--no-such-option", cwd=tmp_path).returncode == EXIT_USAGE


def test_help_does_not_import_heavy_libraries():
    code = (
        "import sys; from cleaner.cli import app\n"
        "try:\n    app(['--help'])\nexcept SystemExit:\n    pass\n"
        "heavy = [m for m in ('great_expectations', 'pandas', 'pyspark') if m in sys.modules]\n"
        "print('HEAVY', heavy)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env={**os.environ, "COLUMNS": "100"}, timeout=60)
    assert "HEAVY []" in out.stdout, out.stdout + out.stderr


def test_bad_configuration_exits_3(workdir):
    (workdir / "bad.toml").write_text("chrome_phrases = 3\n", encoding="utf-8")
    result = runner.invoke(app, ["clean", "raw", "--out", "out", "--config", "bad.toml"])
    assert result.exit_code == EXIT_CONFIG and "chrome_phrases" in result.output
    (workdir / "pyproject.toml").write_text("[tool.cleaner]\nno_such_key = 1\n", encoding="utf-8")
    result = runner.invoke(app, ["run"])
    assert result.exit_code == EXIT_CONFIG and "no_such_key" in result.output


def _pages(folder: Path, extra_line: str, n: int = 4) -> None:
    folder.mkdir()
    for i in range(n):
        (folder / f"p{i}.txt").write_text(
            f"{extra_line}\n关于开展第{i}次检查的通知\n现将有关事项通知如下，请认真贯彻落实。\n", encoding="utf-8")


def test_config_phrases_and_corpus_pass(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    _pages(tmp_path / "site", "返回列表")
    (tmp_path / "pyproject.toml").write_text('[tool.cleaner]\nchrome_phrases = ["返回列表"]\n'
                                             "recurring_min_docs = 5\n", encoding="utf-8")
    assert runner.invoke(app, ["clean", "site", "-o", "out", "-q"]).exit_code == 0
    assert "返回列表" not in (tmp_path / "out" / "p0.txt").read_text(encoding="utf-8")
    # the same line, unknown to the lists, recurs on every page: the corpus pass finds it
    _pages(tmp_path / "site2", "智慧卫健服务平台")
    (tmp_path / "empty.toml").write_text("", encoding="utf-8")
    assert runner.invoke(app, ["clean", "site2", "-o", "out2", "-q", "--config", "empty.toml"]).exit_code == 0
    text = (tmp_path / "out2" / "p0.txt").read_text(encoding="utf-8")
    assert "智慧卫健服务平台" not in text and text.startswith("关于开展第0次检查的通知")
    rec = json.loads((tmp_path / "out2" / "p0.json").read_text(encoding="utf-8"))
    assert any(f["rule"] == "chrome.drop_recurring_lines" for f in rec["findings"])
