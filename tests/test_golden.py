"""Golden documents: the committed clean/ is what the tool writes today, and the seeds read right.

Synthetic cases live in tests/golden/: ``synthetic`` (raw -> expected clean), ``negative``
(must come out unchanged) and ``known_failures`` (strict xfail: fixing one is noticed).
"""

from __future__ import annotations

import json

import pytest
import regex

from cleaner import io
from cleaner.pipeline import clean
from conftest import CLEAN, GOLDEN, RAW

SEEDS = sorted(RAW.iterdir())


@pytest.fixture(scope="module")
def seed_corpus():
    """The corpus knowledge `cleaner run` computes over raw/ with this repository's settings."""
    from cleaner import config

    settings = config.load(project=RAW.parent / "pyproject.toml")
    return io.corpus_of([(p, RAW) for p in SEEDS], settings)
ASCII_BETWEEN_CJK = regex.compile(r"(?<=[\p{Han}\u3001-\u303f\uff01-\uff65“”‘’])[,:;()](?=[\p{Han}\u3001-\u303f\uff01-\uff65“”‘’])")


@pytest.mark.parametrize("raw", SEEDS, ids=lambda p: p.name)
def test_committed_clean_is_up_to_date(raw, seed_corpus):
    """Fails when clean/ is stale against raw/ or the rules: run `make run` and commit."""
    cleaned, source = io.clean_path(raw, RAW, seed_corpus)
    txt = CLEAN / f"{cleaned.doc_id}.txt"
    js = CLEAN / f"{cleaned.doc_id}.json"
    assert txt.exists() and js.exists(), f"{txt} missing: run `make run`"
    assert txt.read_text(encoding="utf-8") == (cleaned.text + "\n" if cleaned.text else "")
    assert json.loads(js.read_text(encoding="utf-8")) == json.loads(io.dump_record(io.record(cleaned, source)))


def test_no_stray_outputs_in_clean():
    stems = {p.stem for p in SEEDS}
    assert {p.stem for p in CLEAN.iterdir() if p.suffix in (".txt", ".json")} == stems


@pytest.mark.parametrize("txt", sorted(CLEAN.glob("*.txt")), ids=lambda p: p.name)
def test_clean_text_has_no_ascii_punctuation_between_cjk(txt):
    text = txt.read_text(encoding="utf-8")
    assert ASCII_BETWEEN_CJK.findall(text) == []


@pytest.mark.parametrize("txt", sorted(CLEAN.glob("*.txt")), ids=lambda p: p.name)
def test_clean_text_layout(txt):
    data = txt.read_bytes()
    text = data.decode("utf-8")
    assert b"\r" not in data and "\n\n" not in text and text.endswith("\n")
    assert all(line and line == line.strip() for line in text[:-1].split("\n"))


def test_seed_examples():
    text_003 = (CLEAN / "003_f40f8569e1bd499c.txt").read_text(encoding="utf-8")
    assert "总投资46525万元，其中：开工建设项目7个，总投资1.4025万元；" in text_003
    text_002 = (CLEAN / "002_25fd06d5f9460b46.txt").read_text(encoding="utf-8")
    assert "\n1.规范院前急救和用血管理。\n" in text_002  # level-3 markers stay


def _cases(kind: str):
    folder = GOLDEN / kind
    return sorted(folder.glob("*.raw.txt")) if folder.is_dir() else []


@pytest.mark.parametrize("raw", _cases("synthetic"), ids=lambda p: p.name)
def test_synthetic(raw):
    expected = raw.with_name(raw.name.replace(".raw.txt", ".clean.txt")).read_text(encoding="utf-8")
    assert clean(raw.read_text(encoding="utf-8")).text + "\n" == expected


@pytest.mark.parametrize("raw", _cases("negative"), ids=lambda p: p.name)
def test_negative_must_not_change(raw):
    text = raw.read_text(encoding="utf-8").rstrip("\n")
    cleaned = clean(text)
    assert cleaned.text == text
    assert [f for f in cleaned.findings if f.action != "flag"] == []


@pytest.mark.parametrize("raw", _cases("known_failures"), ids=lambda p: p.name)
@pytest.mark.xfail(strict=True, reason="known failure: see the case file's expected output")
def test_known_failures(raw):
    expected = raw.with_name(raw.name.replace(".raw.txt", ".clean.txt")).read_text(encoding="utf-8")
    assert clean(raw.read_text(encoding="utf-8")).text + "\n" == expected
