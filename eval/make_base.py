"""Build and check the base documents of the evaluation set.

    .venv/bin/python eval/make_base.py          # (re)build the reference documents, check all
    .venv/bin/python eval/make_base.py --check  # only check

Reference documents: the 16 GBK 国务院政府工作报告 texts of /work/shared/wild/reference/, read
as GB18030 and kept as they are; only the layout is normalised (LF line ends, the indentation
and padding at the edges of each line removed, blank lines dropped), so the title is on the
first line and every paragraph is one line. Their known blemishes (an ASCII colon, the "?" left
where a non-GBK space was, hard-wrap spaces in gwr_02, a photo caption, news datelines, the
repeated page title) are found here and recorded as ``blemishes`` in the sidecar: the
injector keeps away from them and the scorer counts neither flags nor removals on them.

Split: the reference reports alternate by number (odd -> tune, even -> held); the written
documents alternate the same way (w01, w03 ... tune; w02, w04 ... held), and were written
in pairs of the same genre so both halves hold every genre, outline style and department.
The check below asserts that rule.

Metadata of the reference reports is labelled by hand (``REFERENCE_LABELS``): the title is
the first line; the publisher is 国务院 where the byline "国务院总理 ..." shows it; the
written date is the day the report was delivered, from the "——2003年3月5日在...会议上" line.
The written documents' metadata is their title line, signature organisation, signature date
and document number (``--sidecars`` writes the sidecars of new written documents from that
layout; they are then kept as files and checked).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from common import BASE, HALVES, load_base, outline_problems

REFERENCE = Path("/work/shared/wild/reference")

REFERENCE_LABELS = {
    "gwr_01": ("2003年国务院政府工作报告", "国务院", "2003-03-05"),
    "gwr_02": ("2004年政府工作报告", None, "2004-03-05"),
    "gwr_03": ("2005年国务院政府工作报告", None, "2005-03-05"),
    "gwr_04": ("2006年国务院政府工作报告", "国务院", "2006-03-05"),
    "gwr_05": ("2007年国务院政府工作报告", "国务院", "2007-03-05"),
    "gwr_06": ("2008年国务院政府工作报告", None, "2008-03-05"),
    "gwr_07": ("2009年国务院政府工作报告", "国务院", "2009-03-05"),
    "gwr_08": ("2010年国务院政府工作报告", "国务院", "2010-03-05"),
    "gwr_09": ("2011年国务院政府工作报告", "国务院", "2011-03-05"),
    "gwr_10": ("2012年国务院政府工作报告", "国务院", "2012-03-05"),
    "gwr_11": ("2013年国务院政府工作报告", "国务院", "2013-03-05"),
    "gwr_12": ("2014国务院政府工作报告", "国务院", "2014-03-05"),
    "gwr_13": ("2015年政府工作报告", "国务院", "2015-03-05"),
    "gwr_14": ("2016年国务院政府工作报告", None, None),
    "gwr_15": ("2017政府工作报告", None, None),
    "gwr_16": ("2018政府工作报告", "国务院", "2018-03-05"),
}

_HAN = r"[\u4e00-\u9fff]"
_ASCII_MARK = re.compile(rf"(?<={_HAN})[,:;()!?]|[,:;()!?](?={_HAN})|\((?=[一二三四五六七八九十]+\))")
_INNER_SPACE = re.compile(r"(?<=\S)[ \u3000\u00a0\t]+(?=\S)")
_BYLINE = re.compile(r"^国务院总理[ \u3000]")
_LINE_BLEMISHES = [
    (re.compile(r"^新华社北京.*电$"), "dateline"),
    (re.compile(r"^政 ?府 ?工 ?作 ?报 ?告$"), "repeated title"),
    (re.compile(r"^3月5日，第十届全国人民代表大会第五次会议在北京人民大会堂开幕.*摄$"), "photo caption"),
]


def convert(raw: bytes) -> str:
    text = raw.decode("gb18030").replace("\r\n", "\n").replace("\r", "\n")
    lines = [line.strip(" \t\u3000\u00a0") for line in text.split("\n")]
    return "\n".join(line for line in lines if line)


def blemishes(text: str) -> list[list]:
    found, pos = [], 0
    for i, line in enumerate(text.split("\n")):
        whole = next((kind for pat, kind in _LINE_BLEMISHES if i > 0 and pat.match(line)), None)
        if whole:
            found.append([pos, pos + len(line), whole])
        else:
            for m in _ASCII_MARK.finditer(line):
                if m.group() != "?":
                    found.append([pos + m.start(), pos + m.end(), "ascii punctuation"])
            for m in re.finditer(r"\?", line):
                found.append([pos + m.start(), pos + m.end(), "garbled ?"])
            if not _BYLINE.match(line):
                for m in _INNER_SPACE.finditer(line):
                    found.append([pos + m.start(), pos + m.end(), "space"])
        pos += len(line) + 1
    found.sort()
    return found


def build_references() -> None:
    for k, path in enumerate(sorted(REFERENCE.glob("gwr_*.txt")), start=1):
        doc_id = path.stem
        half = "tune" if k % 2 else "held"
        text = convert(path.read_bytes())
        title, publisher, written = REFERENCE_LABELS[doc_id]
        assert text.split("\n", 1)[0] == title, (doc_id, text[:40])
        meta = {"id": doc_id, "source": "reference", "origin": f"/work/shared/wild/reference/{path.name} (GBK)",
                "genre": "政府工作报告", "title": title}
        if publisher:
            meta["publisher"] = publisher
        if written:
            meta["written_date"] = written
        meta["notes"] = ("hand-labelled: title = first line; publisher from the byline; written_date = the day "
                         "of delivery on the '——…在…会议上' line")
        meta["blemishes"] = blemishes(text)
        for other in HALVES:
            for suffix in (".txt", ".json"):
                stale = BASE / other / (doc_id + suffix)
                if other != half and stale.exists():
                    stale.unlink()
        (BASE / half / f"{doc_id}.txt").write_text(text + "\n", encoding="utf-8")
        (BASE / half / f"{doc_id}.json").write_text(dump(meta), encoding="utf-8")


def dump(meta: dict) -> str:
    """Sidecar JSON: one key per line, each blemish on a line of its own."""
    marks = meta.get("blemishes")
    head = {k: v for k, v in meta.items() if k != "blemishes"}
    text = json.dumps(head, ensure_ascii=False, indent=1)
    if marks is None:
        return text + "\n"
    rows = ",\n".join("  " + json.dumps(b, ensure_ascii=False) for b in marks)
    return text[:-2] + ',\n "blemishes": [\n' + rows + "\n ]\n}\n"


_DATE_LINE = re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$")
_DOC_NUMBER = re.compile(r"^[\u4e00-\u9fff]{1,6}〔\d{4}〕\d{1,4}号$")


def written_sidecar(doc_id: str, text: str, genre: str = "") -> dict:
    lines = text.split("\n")
    meta = {"id": doc_id, "source": "written", "genre": genre, "title": lines[0]}
    if _DOC_NUMBER.match(lines[1]):
        meta["doc_number"] = lines[1]
    m = _DATE_LINE.match(lines[-1])
    if m:
        y, mo, d = map(int, m.groups())
        meta["written_date"] = f"{y:04d}-{mo:02d}-{d:02d}"
        meta["publisher"] = lines[-2]
    return meta


# --- checks ----------------------------------------------------------------------------

_BAD_WRITTEN = [
    (re.compile(r"[,:;()!?\"'<>]|&(?!D)"), "ASCII punctuation"),
    (re.compile(r"[ \u00a0\t\u2000-\u200b]"), "space"),
    (re.compile(r"(?<!^第[一二三四五六七八九十]章)(?<!^第[一二三四五六七八九十]{2}章)(?<!^第[一二三四五六七八九十]条)"
                r"(?<!^第[一二三四五六七八九十]{2}条)(?<!^第[一二三四五六七八九十]{3}条)\u3000", re.MULTILINE), "ideographic space"),
    (re.compile(r"[\ufffd\ue000-\uf8ff□]"), "garbled"),
]
_PAIRS = [("“", "”"), ("《", "》"), ("（", "）"), ("〔", "〕")]


def check() -> int:
    problems = 0
    docs = load_base()
    ids = {}
    for doc in docs:
        ids.setdefault(doc.id, []).append(doc.half)
        say = lambda msg: print(f"{doc.half}/{doc.id}: {msg}")
        if doc.meta.get("title") != doc.text.split("\n", 1)[0]:
            say("title is not the first line"); problems += 1
        if "\n\n" in doc.text or any(line != line.strip() for line in doc.text.split("\n")):
            say("blank line or edge space"); problems += 1
        number = int(re.sub(r"\D", "", doc.id))
        want = "tune" if number % 2 else "held"
        if doc.half != want:
            say(f"belongs to {want} by the split rule"); problems += 1
        if doc.source == "written":
            n = len(doc.text)
            if not 600 <= n <= 3000:
                say(f"length {n} outside 600-3000"); problems += 1
            for pat, what in _BAD_WRITTEN:
                for m in pat.finditer(doc.text):
                    say(f"{what} {m.group()!r} at {m.start()}: …{doc.text[max(0, m.start() - 8):m.end() + 8]}…")
                    problems += 1
            for line in doc.text.split("\n"):
                for a, b in _PAIRS:
                    if line.count(a) != line.count(b):
                        say(f"unbalanced {a}{b}: {line[:30]}"); problems += 1
            for p in outline_problems(doc.text):
                say("outline " + p); problems += 1
            expect = written_sidecar(doc.id, doc.text)
            for key in ("title", "publisher", "written_date", "doc_number"):
                if doc.meta.get(key) != expect.get(key):
                    say(f"sidecar {key}={doc.meta.get(key)!r}, text says {expect.get(key)!r}"); problems += 1
        else:
            for s, e, kind in doc.blemishes:
                assert 0 <= s < e <= len(doc.text), (doc.id, s, e)
    for doc_id, halves in ids.items():
        if len(halves) > 1:
            print(f"{doc_id} is in both halves"); problems += 1
    for half in HALVES:
        group = [d for d in docs if d.half == half]
        print(f"{half}: {len(group)} base documents "
              f"({sum(d.source == 'reference' for d in group)} reference, {sum(d.source == 'written' for d in group)} written), "
              f"{sum(len(d.text) for d in group)} characters")
    print("base check:", "OK" if not problems else f"{problems} problem(s)")
    return problems


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="only check the base documents")
    ap.add_argument("--sidecars", action="store_true", help="write missing sidecars of written documents")
    args = ap.parse_args()
    if not args.check:
        build_references()
    if args.sidecars:
        for half in HALVES:
            for txt in sorted((BASE / half).glob("w*.txt")):
                side = txt.with_suffix(".json")
                if not side.exists():
                    text = txt.read_text(encoding="utf-8").rstrip("\n")
                    side.write_text(dump(written_sidecar(txt.stem, text)), encoding="utf-8")
    return 1 if check() else 0


if __name__ == "__main__":
    sys.exit(main())
