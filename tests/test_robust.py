"""Bad input never crashes a run or costs other files their output (issue 9).

Every test runs the installed ``cleaner`` as a subprocess on real files in a temporary
folder: binary formats, empty and whitespace files, odd encodings, links out of the
folder, names with spaces and non-ASCII characters, ids that clash.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from cleaner import io
from cleaner.cli import EXIT_DATA, EXIT_INPUT, EXIT_USAGE
from conftest import RAW, wild_files

CLEANER = Path(sys.executable).with_name("cleaner")
NOTICE = "关于印发2021年卫生健康工作要点的通知\n各县（市）区卫健局：\n现将要点印发给你们，请认真贯彻落实。\n"


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(CLEANER), *args], cwd=cwd, capture_output=True, text=True, timeout=600)


def files_under(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file() or p.is_symlink()}


def docx_bytes(folder: Path) -> bytes:
    path = folder / "made.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document>工作要点</w:document>")
    data = path.read_bytes()
    path.unlink()
    return data


@pytest.fixture
def corpus(tmp_path) -> Path:
    """Two good notices next to every kind of bad input."""
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(next(RAW.iterdir()), folder / "good.txt")
    (folder / "通知 二〇二一.txt").write_text(NOTICE, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_bytes(b" \r\n\t\n")
    (folder / "scan.pdf").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
    (folder / "plan.docx").write_bytes(docx_bytes(tmp_path))
    (folder / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (folder / "page.txt").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(200))  # a JPEG saved as .txt
    (folder / "broken.txt").write_bytes(NOTICE.encode("gbk") * 20 + b"\xff\x80\xff")
    return folder


def test_bad_files_are_skipped_with_reasons_and_cost_no_other_output(corpus, tmp_path):
    result = run("clean", "in", "--out", "out", cwd=tmp_path)
    assert result.returncode == EXIT_INPUT, result.stderr
    reasons = {line.split(":", 1)[0].removeprefix("skipped in/"): line for line in result.stderr.splitlines()
               if line.startswith("skipped ")}
    assert set(reasons) == {"empty.txt", "blank.txt", "scan.pdf", "plan.docx", "photo.png", "page.txt", "broken.txt"}
    assert "empty file" in reasons["empty.txt"] and "whitespace" in reasons["blank.txt"]
    assert "PDF document" in reasons["scan.pdf"] and "Word document (DOCX)" in reasons["plan.docx"]
    assert "PNG image" in reasons["photo.png"] and "JPEG image" in reasons["page.txt"]
    assert "offset" in reasons["broken.txt"] and "GB18030" in reasons["broken.txt"]
    assert files_under(tmp_path / "out") == {"good.txt", "good.json", "通知 二〇二一.txt", "通知 二〇二一.json",
                                             ".cleaner-state"}
    assert "skipped" in result.stdout  # the summary table counts them


def test_keep_going_exits_zero_and_still_lists_the_skipped(corpus, tmp_path):
    result = run("clean", "in", "--out", "out", "--keep-going", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stderr.count("skipped ") == 7


def test_names_with_spaces_and_non_ascii_restore_exactly(corpus, tmp_path):
    run("clean", "in", "--out", "out", "--keep-going", cwd=tmp_path)
    restored = run("restore", "out", "--out", "back", cwd=tmp_path)
    assert restored.returncode == 0, restored.stderr
    for name in ("good.txt", "通知 二〇二一.txt"):
        assert (tmp_path / "back" / "in" / name).read_bytes() == (corpus / name).read_bytes()


def test_links_out_of_the_folder_are_not_followed(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "private").mkdir()
    (tmp_path / "private" / "secret.txt").write_text("机密文件：不得外传。\n", encoding="utf-8")
    (tmp_path / "in" / "notice.txt").write_text(NOTICE, encoding="utf-8")
    os.symlink(tmp_path / "private" / "secret.txt", tmp_path / "in" / "linked.txt")
    os.symlink(tmp_path / "private", tmp_path / "in" / "linked_folder")
    os.symlink(tmp_path / "in" / "gone.txt", tmp_path / "in" / "dangling.txt")
    result = run("clean", "in", "--out", "out", cwd=tmp_path)
    assert result.returncode == EXIT_INPUT
    assert "in/linked.txt: symbolic link to" in result.stderr and "outside the input folder" in result.stderr
    assert "in/linked_folder: symbolic link to a folder: not followed" in result.stderr
    assert "in/dangling.txt: broken symbolic link" in result.stderr
    written = files_under(tmp_path / "out")
    assert written == {"notice.txt", "notice.json", ".cleaner-state"}
    assert not any("机密" in (tmp_path / "out" / name).read_text(encoding="utf-8") for name in written)


def test_nothing_is_written_outside_out(corpus, tmp_path):
    (corpus / "sub").mkdir()
    (corpus / "sub" / "good.txt").write_text(NOTICE, encoding="utf-8")  # same name one folder down
    before = files_under(tmp_path)
    run("clean", "in", "--out", "out", "--keep-going", cwd=tmp_path)
    after = files_under(tmp_path)
    assert {name for name in after - before if not name.startswith("out/")} == set()
    assert {"out/good.json", "out/sub__good.json"} <= after


def test_clashing_ids_keep_their_suffix(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "notice.txt").write_text(NOTICE, encoding="utf-8")
    (folder / "notice.html").write_text("<p>关于做好春节期间值班工作的通知</p>", encoding="utf-8")
    assert run("clean", "in", "--out", "out", cwd=tmp_path).returncode == 0
    ids = {json.loads(p.read_text(encoding="utf-8"))["id"] for p in (tmp_path / "out").glob("*.json")
           if not p.name.startswith(".")}
    assert ids == {"notice.txt", "notice.html"}


@pytest.mark.parametrize("out,inputs", [("in/clean", ["in"]), ("in", ["in"]), (".", ["in"]), ("out", ["out/x.txt"])])
def test_an_output_folder_that_overlaps_an_input_is_refused(tmp_path, out, inputs):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "notice.txt").write_text(NOTICE, encoding="utf-8")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "x.txt").write_text(NOTICE, encoding="utf-8")
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    result = run("clean", *inputs, "--out", out, cwd=tmp_path)
    assert result.returncode == EXIT_USAGE and "--out" in result.stderr, result.stderr
    assert {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()} == before  # nothing written


@pytest.mark.parametrize("encoding,bom", [
    ("gb18030", b""), ("gbk", b""), ("utf-8", b"\xef\xbb\xbf"),
    ("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"), ("utf-16-le", b""), ("utf-16-be", b""),
])
def test_encodings_decode_right_and_restore_exactly(tmp_path, encoding, bom):
    mixed = NOTICE.replace("\n", "\r\n", 1).replace("：\n", "：\r")  # CRLF, CR and LF in one file
    data = bom + mixed.encode(encoding)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "doc.txt").write_bytes(data)
    assert run("clean", "in", "--out", "out", cwd=tmp_path).returncode == 0
    assert "卫生健康工作要点" in (tmp_path / "out" / "doc.txt").read_text(encoding="utf-8")
    assert run("restore", "out", "--out", "back", cwd=tmp_path).returncode == 0
    assert (tmp_path / "back" / "in" / "doc.txt").read_bytes() == data


def test_big5_traditional_text_decodes_as_big5():
    text = ("臺北市政府公告：為加強環境衛生管理，本府訂定「公共場所清潔維護實施計畫」，"
            "自中華民國一百一十年三月一日起實施。各機關應確實辦理，並於每月底前將執行情形報府備查。")
    decoded, encoding, _ = io.decode(text.encode("big5"))
    assert (decoded, encoding) == (text, "big5")


def test_nul_bytes_and_a_very_long_line_are_cleaned_and_restored(tmp_path):
    (tmp_path / "in").mkdir()
    with_nul = NOTICE.replace("现将", "现\x00将").encode("utf-8") + b"\x00\x00"
    (tmp_path / "in" / "nul.txt").write_bytes(with_nul)
    long_line = ("为做好卫生健康工作，全面提升服务能力，" * 30000).encode("utf-8")  # 1.7 MB, one line
    (tmp_path / "in" / "long.txt").write_bytes(long_line)
    assert run("clean", "in", "--out", "out", cwd=tmp_path).returncode == 0
    assert "\x00" not in (tmp_path / "out" / "nul.txt").read_text(encoding="utf-8")
    record = json.loads((tmp_path / "out" / "nul.json").read_text(encoding="utf-8"))
    assert any(f["rule"] == "encoding.remove_control_characters" for f in record["findings"])
    assert run("restore", "out", "--out", "back", cwd=tmp_path).returncode == 0
    assert (tmp_path / "back" / "in" / "nul.txt").read_bytes() == with_nul
    assert (tmp_path / "back" / "in" / "long.txt").read_bytes() == long_line


def test_utf8_read_as_latin1_is_repaired_with_fullwidth_punctuation_kept(tmp_path):
    line = "各县（市）区卫健局：现将要点印发给你们，请认真贯彻落实；"
    garbled = line.encode("utf-8").decode("latin-1")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "doc.txt").write_text("通知\n" + garbled + "\n", encoding="utf-8")
    assert run("clean", "in", "--out", "out", cwd=tmp_path).returncode == 0
    body = (tmp_path / "out" / "doc.txt").read_bytes()
    assert line.encode("utf-8") in body  # full-width U+FF08/FF09/FF1A/FF0C/FF1B, byte for byte
    for mark in "\uff08\uff09\uff1a\uff0c\uff1b":
        assert mark.encode("utf-8") in body


def test_an_internal_error_on_one_document_costs_only_that_document(tmp_path, monkeypatch):
    from cleaner import parallel, pipeline
    from cleaner.types import Corpus

    real = pipeline._run_rule

    def failing(rule, text, context):
        if "炸" in text:
            raise RuntimeError("boom")
        return real(rule, text, context)

    monkeypatch.setattr(pipeline, "_run_rule", failing)
    (tmp_path / "a.txt").write_text(NOTICE, encoding="utf-8")
    (tmp_path / "b.txt").write_text("炸" + NOTICE, encoding="utf-8")
    inputs, _ = io.plan_inputs([tmp_path / "a.txt", tmp_path / "b.txt"])
    outcomes = list(parallel.clean_tasks((("file", *i) for i in inputs), Corpus(), tmp_path / "out", jobs=1))
    assert outcomes[0].error is None and (tmp_path / "out" / "a.json").exists()
    assert "RuntimeError: boom" in outcomes[1].error and not (tmp_path / "out" / "b.json").exists()


# ---- over-cleaning guard ------------------------------------------------------------

AD_HEAVY = "\n".join(["代写文章 微信:13258028938"] * 6 + ["版权所有：某某市人民政府办公室  ICP备08108490号"] * 2
                     + ["关于做好值班工作的通知", "请各单位做好值班。"])


def test_a_document_that_lost_most_of_its_text_is_flagged_and_listed(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "ads.txt").write_text(AD_HEAVY, encoding="utf-8")
    (tmp_path / "in" / "notice.txt").write_text(NOTICE, encoding="utf-8")
    result = run("clean", "in", "--out", "out", cwd=tmp_path)
    assert result.returncode == 0
    assert "over-cleaned? ads lost" in result.stdout and "notice lost" not in result.stdout
    record = json.loads((tmp_path / "out" / "ads.json").read_text(encoding="utf-8"))
    flags = [f for f in record["findings"] if f["rule"] == "guard.flag_over_cleaning"]
    assert len(flags) == 1 and "more than 40%" in flags[0]["reason"]
    strict = run("clean", "in", "--out", "out2", "--max-removed", "0.4", cwd=tmp_path)
    assert strict.returncode == EXIT_DATA and "error: ads lost" in strict.stderr
    (tmp_path / "lenient.toml").write_text("max_removed_share = 0.95\n", encoding="utf-8")
    lenient = run("clean", "in", "--out", "out3", "--config", "lenient.toml", cwd=tmp_path)
    assert lenient.returncode == 0 and "over-cleaned?" not in lenient.stdout


# ---- reruns and crash safety ---------------------------------------------------------


def summary_row(stdout: str) -> list[str]:
    """documents, unchanged, ... from the summary table's row."""
    row = next(line for line in stdout.splitlines() if line.startswith("│"))
    return [cell.strip() for cell in row.strip("│").split("│")]


def test_a_rerun_redoes_only_what_changed(tmp_path):
    shutil.copytree(RAW, tmp_path / "in")
    first = run("clean", "in", "--out", "out", cwd=tmp_path)
    assert summary_row(first.stdout)[:2] == ["5", "0"]
    stamps = {p.name: p.stat().st_mtime_ns for p in (tmp_path / "out").glob("*.json")}
    again = run("clean", "in", "--out", "out", cwd=tmp_path)
    assert summary_row(again.stdout)[:2] == ["5", "5"]
    assert {p.name: p.stat().st_mtime_ns for p in (tmp_path / "out").glob("*.json")} == stamps
    changed = sorted((tmp_path / "in").iterdir())[0]
    changed.write_bytes(changed.read_bytes() + "补充说明。\n".encode("utf-8"))
    edited = sorted((tmp_path / "out").glob("*.txt"))[1]
    edited.write_text("手工改过\n", encoding="utf-8")
    third = run("clean", "in", "--out", "out", cwd=tmp_path)
    assert summary_row(third.stdout)[:2] == ["5", "3"]
    assert "手工改过" not in edited.read_text(encoding="utf-8")
    forced = run("clean", "in", "--out", "out", "--force", cwd=tmp_path)
    assert summary_row(forced.stdout)[:2] == ["5", "0"]
    assert run("restore", "out", "--out", "back", cwd=tmp_path).returncode == 0


def test_a_changed_configuration_redoes_everything(tmp_path):
    shutil.copytree(RAW, tmp_path / "in")
    run("clean", "in", "--out", "out", cwd=tmp_path)
    (tmp_path / "more.toml").write_text('chrome_phrases = ["返回列表"]\n', encoding="utf-8")
    result = run("clean", "in", "--out", "out", "--config", "more.toml", cwd=tmp_path)
    assert summary_row(result.stdout)[:2] == ["5", "0"]


def test_a_killed_run_leaves_only_complete_outputs_and_the_rerun_finishes(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    seeds = [p.read_bytes() for p in sorted(RAW.iterdir())]
    for k in range(60):
        (folder / f"doc{k:03}.txt").write_bytes(seeds[k % len(seeds)] + f"\n第{k}份。\n".encode("utf-8"))
    out = tmp_path / "out"
    process = subprocess.Popen([str(CLEANER), "clean", "in", "--out", "out", "--jobs", "1", "-q"], cwd=tmp_path,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        import time

        deadline = time.monotonic() + 120
        while len(list(out.glob("*.json"))) < 15 and time.monotonic() < deadline and process.poll() is None:
            time.sleep(0.02)
    finally:
        process.kill()
        process.wait()
    records = [p for p in out.glob("*.json") if not p.name.startswith(".")]
    assert 0 < len(records) < 60, "the run was not killed midway"
    incomplete = 0
    for record in records:
        rec = json.loads(record.read_text(encoding="utf-8"))  # every record on disk is whole JSON
        text = record.with_suffix(".txt")
        if not text.exists() or hashlib.sha256(text.read_bytes().rstrip(b"\n")).hexdigest() != rec["text_sha256"]:
            incomplete += 1
    assert incomplete <= 1  # only the pair being renamed at the instant of the kill
    rerun = run("clean", "in", "--out", "out", cwd=tmp_path)
    assert rerun.returncode == 0
    assert not list(out.glob(".*.tmp"))
    back = run("restore", "out", "--out", "back", cwd=tmp_path)
    assert back.returncode == 0 and "60 files" in back.stdout and "(60 byte-identical)" in back.stdout


# ---- the real pages -----------------------------------------------------------------


def test_every_wild_and_reference_file_cleans_and_restores(tmp_path, wild_dir):
    sources = [wild_dir / "raw", wild_dir / "reference"]
    result = run("clean", *map(str, sources), "--out", "out", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    expected = len(wild_files("raw/*", "reference/*"))
    back = run("restore", "out", "--out", "back", cwd=tmp_path)
    assert back.returncode == 0 and f"({expected} byte-identical)" in back.stdout
    for original in wild_files("raw/*", "reference/*"):
        assert (tmp_path / "back" / original.parent.name / original.name).read_bytes() == original.read_bytes()


def test_bad_rows_of_a_table_are_skipped_and_the_others_cleaned(tmp_path):
    rows = ['{"id": "a", "text": "关于印发工作要点的通知。"}', "not json", '{"id": "b"}',
            '{"id": "a", "text": "重复的编号。"}', '{"id": "c", "text": "第三份文件。"}']
    (tmp_path / "corpus.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    (tmp_path / "broken.parquet").write_bytes(b"PAR1 not really")
    result = run("clean", "corpus.jsonl", "broken.parquet", "--out", "out", "--format", "jsonl", cwd=tmp_path)
    assert result.returncode == EXIT_INPUT
    assert "corpus.jsonl line 2: not JSON" in result.stderr
    assert "corpus.jsonl row 3: no text column 'text'" in result.stderr
    assert "corpus.jsonl#a: the id a again" in result.stderr
    assert "broken.parquet: the table cannot be read" in result.stderr
    written = [json.loads(line)["id"] for line in (tmp_path / "out" / "clean.jsonl").read_text(encoding="utf-8").splitlines()]
    assert written == ["a", "c"]


def _zip(*members: str, method=zipfile.ZIP_DEFLATED) -> bytes:
    import io as bytes_io

    buffer = bytes_io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as z:
        for name in members:
            z.writestr(name, "<x>" + "工作要点" * 50 + "</x>")
    return buffer.getvalue()


@pytest.mark.parametrize("data,kind", [
    (_zip("[Content_Types].xml", "_rels/.rels", "word/document.xml"), "Word document (DOCX)"),
    (_zip("[Content_Types].xml", "xl/workbook.xml", method=zipfile.ZIP_STORED), "Excel workbook (XLSX)"),
    (_zip("mimetype", "content.xml"), "OpenDocument file (ODT/ODS)"),
    (_zip("附件一.txt"), "ZIP archive"),
    (__import__("gzip").compress("<html>工作要点</html>".encode("utf-8"), mtime=0), "gzip archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500), "Microsoft Office 97-2003 document (DOC/XLS/PPT)"),
])
def test_binary_formats_are_named(data, kind):
    from cleaner import sniff

    assert sniff.binary_kind(data[:sniff.HEAD]) == kind
    with pytest.raises(io.InputError, match=kind.replace("(", r"\(").replace(")", r"\)")):
        io.text_of(data)
