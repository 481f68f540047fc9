"""Reading, decoding, atomic writes and byte-exact restoration."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from cleaner import io, records
from conftest import RAW, wild_files

SAMPLE = "关于印发2021年工作要点的通知\n各县(市)区卫健局:\n  现将要点印发给你们,请认真贯彻落实。\n"


@pytest.mark.parametrize("encoding,bom,expected", [
    ("utf-8", b"", "utf-8"),
    ("utf-8", b"\xef\xbb\xbf", "utf-8"),
    ("gb18030", b"", "gb18030"),
    ("gbk", b"", "gb18030"),
    ("utf-16-le", b"\xff\xfe", "utf-16-le"),
    ("utf-16-be", b"\xfe\xff", "utf-16-be"),
])
def test_decode_detects_and_round_trips(tmp_path, encoding, bom, expected):
    data = bom + SAMPLE.encode(encoding)
    path = tmp_path / "doc.txt"
    path.write_bytes(data)
    text, source = io.read(path)
    assert text == SAMPLE
    assert source.encoding == expected and source.bom == bool(bom)
    assert source.sha256 == hashlib.sha256(data).hexdigest()
    assert io.encode(text, source) == data


@pytest.mark.parametrize("newline", ["\r\n", "\r", "mixed"])
def test_line_ends_restore_exactly(tmp_path, newline):
    lines = SAMPLE.split("\n")
    raw = ("\r\n".join(lines[:2]) + "\n" + "\r".join(lines[2:])) if newline == "mixed" else newline.join(lines)
    path = tmp_path / "doc.txt"
    path.write_bytes(raw.encode("utf-8"))
    cleaned, source = io.clean_path(path)
    txt, js = io.write_outputs(cleaned, source, tmp_path / "out")
    text, rec = records.read_clean(js)
    assert records.restore_bytes(text, rec) == path.read_bytes()


def test_undecodable_bytes_raise_a_clear_error(tmp_path):
    path = tmp_path / "bin.dat"
    path.write_bytes(b"\xff\xfe\x00")  # a UTF-16 mark followed by an odd byte count
    with pytest.raises(io.InputError, match="byte-order mark"):
        io.read(path)


def test_atomic_write_leaves_no_partial_file(tmp_path, monkeypatch):
    target = tmp_path / "a.txt"
    target.write_bytes(b"old")

    def broken_fsync(fd):
        raise OSError("disk full")

    monkeypatch.setattr(io.os, "fsync", broken_fsync)
    with pytest.raises(OSError):
        io.atomic_write(target, b"new content")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


def test_written_records_match_the_json_schema(tmp_path):
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((Path(io.__file__).parent / "schema" / "clean.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    for raw in sorted(RAW.iterdir()):
        cleaned, source = io.clean_path(raw, RAW)
        _, js = io.write_outputs(cleaned, source, tmp_path)
        jsonschema.validate(json.loads(js.read_text(encoding="utf-8")), schema)


@pytest.mark.parametrize("path", wild_files("raw/*", "reference/*"), ids=lambda p: p.name)
def test_wild_files_restore_byte_for_byte(tmp_path, path):
    cleaned, source = io.clean_path(path)
    _, js = io.write_outputs(cleaned, source, tmp_path)
    text, rec = records.read_clean(js)
    assert records.restore_bytes(text, rec) == path.read_bytes()


def test_reference_reports_decode_as_gb18030():
    refs = wild_files("reference/*.txt")
    if not refs:
        pytest.skip("no wild reference files")
    for path in refs:
        text, source = io.read(path)
        assert source.encoding == "gb18030" and "政府工作报告" in text
