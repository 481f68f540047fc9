"""The Spark engine writes what the local engine writes, and validates to the same verdicts.

Runs `cleaner run --engine spark --master local[2]` as a user would. Needs PySpark (the
`spark` extra, in `dev`) and Java 17; without them the tests skip with the reason, unless
CLEANER_REQUIRE_SPARK=1 (set by .ci/run).
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO

CLEANER = Path(sys.executable).with_name("cleaner")
MISSING = [what for what, ok in (("pyspark", importlib.util.find_spec("pyspark") is not None),
                                 ("java", shutil.which("java") is not None)) if not ok]
if MISSING:
    if os.environ.get("CLEANER_REQUIRE_SPARK") == "1":
        raise RuntimeError(f"CLEANER_REQUIRE_SPARK=1 but missing: {MISSING}")
    pytestmark = pytest.mark.skip(reason=f"the Spark engine needs {' and '.join(MISSING)}")


def _synthetic_raw(folder: Path, megabytes: float = 0.3) -> None:
    sys.path.insert(0, str(REPO / "bench"))
    import throughput

    for i, data in enumerate(throughput.build_corpus(megabytes, seed=7)):
        (folder / f"synthetic_{i:03d}.txt").write_bytes(data)


def _project(root: Path, synthetic: bool) -> Path:
    shutil.copytree(REPO / "raw", root / "raw")
    shutil.copytree(REPO / "expectations", root / "expectations")
    if synthetic:
        _synthetic_raw(root / "raw")
    return root


def _run(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(CLEANER), "run", "-q", *args], cwd=cwd, capture_output=True, text=True, timeout=900)


def _verdicts(report: Path) -> list[str]:
    """The landing page's rows: severity, result, suite, expectation, unexpected count."""
    return re.findall(r"<tr><td>.*?</tr>", (report / "index.html").read_text(encoding="utf-8"))


def test_spark_and_local_outputs_are_byte_identical(tmp_path):
    """One corpus of the five seeds and a synthetic corpus (Spark's start-up dominates a run)."""
    local = _project(tmp_path / "local", synthetic=True)
    spark = _project(tmp_path / "spark", synthetic=True)
    done_local = _run(local, "--jobs", "2")
    done_spark = _run(spark, "--engine", "spark", "--master", "local[2]")
    assert done_local.returncode == done_spark.returncode, done_spark.stderr[-3000:]
    # The outputs; the local engine's rerun state (.cleaner-state) is not one.
    local_files = sorted(p.relative_to(local / "clean") for p in (local / "clean").iterdir() if p.name[0] != ".")
    spark_files = sorted(p.relative_to(spark / "clean") for p in (spark / "clean").iterdir() if p.name[0] != ".")
    assert local_files == spark_files and len(local_files) >= 30
    assert {p.name for p in (REPO / "clean").iterdir() if p.name[0] != "."} <= {p.name for p in local_files}
    for name in local_files:
        assert (local / "clean" / name).read_bytes() == (spark / "clean" / name).read_bytes(), name
    assert _verdicts(local / "reports") == _verdicts(spark / "reports")
    assert (spark / "reports" / "data_docs" / "index.html").exists()


def _mixed_inputs(raw: Path) -> None:
    """Good files beside every kind of bad one, and one file past its time budget."""
    raw.mkdir(parents=True)
    for seed in sorted((REPO / "raw").iterdir())[:2]:
        shutil.copy(seed, raw / seed.name)
    (raw / "empty.txt").write_bytes(b"")
    (raw / "scan.pdf").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
    (raw / "broken.txt").write_bytes("关于印发工作要点的通知。".encode("gbk") * 20 + b"\xff\x80\xff")
    (raw / "dangling.txt").symlink_to(raw / "gone.txt")
    seeds = b"".join(p.read_bytes() for p in sorted((REPO / "raw").iterdir()))
    (raw / "big.txt").write_bytes(seeds * 200)  # 10 MB: a minute of work, stopped at 3 s


def _skips(stderr: str) -> list[str]:
    return sorted(line for line in stderr.splitlines() if line.startswith("skipped "))


def test_spark_reports_skips_and_exits_like_the_local_engine(tmp_path):
    """The same mixed folder on both engines: the same summary, skip list and exit code."""
    results = {}
    for engine in ("local", "spark"):
        root = tmp_path / engine
        _mixed_inputs(root / "raw")
        extra = ["--master", "local[2]"] if engine == "spark" else ["--jobs", "2"]
        results[engine] = subprocess.run(
            [str(CLEANER), "run", "--engine", engine, *extra, "--doc-timeout", "3"],
            cwd=root, capture_output=True, text=True, timeout=900)
    local, spark = results["local"], results["spark"]
    assert local.returncode == spark.returncode == 4, spark.stderr[-3000:]
    assert _skips(local.stderr) == _skips(spark.stderr)
    assert len(_skips(local.stderr)) == 5
    assert any("big.txt: took longer than 3 s" in line for line in _skips(spark.stderr))
    summary = [line for line in local.stdout.splitlines() if line.startswith("│")][0]
    assert summary in spark.stdout  # documents, unchanged, chars in/out, removed, over-cleaned, skipped
    local_files = sorted(p.name for p in (tmp_path / "local" / "clean").iterdir() if p.name[0] != ".")
    assert local_files == sorted(p.name for p in (tmp_path / "spark" / "clean").iterdir() if p.name[0] != ".")
