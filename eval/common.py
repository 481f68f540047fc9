"""Shared helpers of the evaluation set: base documents, character classes, outline markers.

Nothing here knows about the cleaner; the injector, the form modules, the base builder and
the scorer all read the base documents through :func:`load_base`.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

EVAL = Path(__file__).resolve().parent
BASE = EVAL / "base"
OUT = EVAL / "out"
HALVES = ("tune", "held")
# The halves that are scored: a set of forms on a half of the base documents. HELD-B is a
# second held set of forms, written later by an engineer who saw neither the rules nor the
# first held forms, on the held documents: it gives an honest reading again once HELD has
# been read a few times in aggregate. HELD-C is a third set, written the same way after
# HELD-B had been described to the lead (see eval/README.md); HELD-D a fourth, written after
# HELD-C had been read twice; HELD-E a fifth, written at the start of round 7 while the rules
# changed from shapes to kind-independent evidence, to test that change; HELD-F a sixth,
# written at the start of round 9 after HELD-E had been read three times.
FORM_HALVES = ("tune", "held", "held_b", "held_c", "held_d", "held_e", "held_f")
# Every held set is put on the held documents: derived, so a new set needs no second entry.
BASE_HALF = {half: "tune" if half == "tune" else "held" for half in FORM_HALVES}
HALF_NAMES = {"tune": "TUNE", "held": "HELD", "held_b": "HELD-B", "held_c": "HELD-C", "held_d": "HELD-D",
              "held_e": "HELD-E", "held_f": "HELD-F"}

HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
HAN_RE = re.compile(f"[{HAN}]")
CN_NUM = "〇零一二三四五六七八九十百"


def is_han(ch: str) -> bool:
    return bool(ch) and bool(HAN_RE.fullmatch(ch))


def han_count(s: str) -> int:
    return len(HAN_RE.findall(s))


# --- Chinese numerals ------------------------------------------------------------------

_DIGIT = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def cn_to_int(s: str) -> int | None:
    """'二十一' -> 21, '十' -> 10, '一百零二' -> 102; None when not a numeral."""
    if not s or any(c not in _DIGIT and c not in "十百" for c in s):
        return None
    total, cur = 0, 0
    for c in s:
        if c in _DIGIT:
            cur = _DIGIT[c]
        elif c == "十":
            total += (cur or 1) * 10
            cur = 0
        elif c == "百":
            total += (cur or 1) * 100
            cur = 0
    return total + cur


def int_to_cn(n: int) -> str:
    """21 -> '二十一', 10 -> '十', 110 -> '一百一十'."""
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    if n < 20:
        return "十" + (digits[n - 10] if n > 10 else "")
    if n < 100:
        return digits[n // 10] + "十" + (digits[n % 10] if n % 10 else "")
    hundreds, rest = divmod(n, 100)
    if rest == 0:
        return digits[hundreds] + "百"
    if rest < 10:
        return digits[hundreds] + "百零" + digits[rest]
    return digits[hundreds] + "百" + ("一" + int_to_cn(rest) if rest < 20 else int_to_cn(rest))


# --- Outline markers -------------------------------------------------------------------

# kind -> pattern at the start of a line; group "n" is the numeral.
MARKER_PATTERNS = {
    "chapter": re.compile(r"第(?P<n>[一二三四五六七八九十百]+)章(?=\u3000)"),
    "article": re.compile(r"第(?P<n>[一二三四五六七八九十百]+)条(?=\u3000)"),
    "cn_dun": re.compile(r"(?P<n>[一二三四五六七八九十百]+)、"),
    "cn_paren": re.compile(r"（(?P<n>[一二三四五六七八九十百]+)）"),
    "ar_dot": re.compile(r"(?P<n>[0-9]{1,2})\.(?![0-9])"),
    "ar_paren": re.compile(r"（(?P<n>[0-9]{1,2})）"),
}


@dataclass(frozen=True)
class Marker:
    kind: str
    value: int
    start: int  # offset in the document text
    end: int
    text: str
    line: int  # line index


def markers(text: str) -> list[Marker]:
    """The outline markers standing at the start of lines, in order."""
    out = []
    pos = 0
    for i, line in enumerate(text.split("\n")):
        for kind, pat in MARKER_PATTERNS.items():
            m = pat.match(line)
            if m:
                n = m.group("n")
                value = int(n) if n.isdigit() else cn_to_int(n)
                if value is not None:
                    out.append(Marker(kind, value, pos + m.start(), pos + m.end(), m.group(0), i))
                break
        pos += len(line) + 1
    return out


def marker_text(kind: str, value: int) -> str:
    return {
        "chapter": f"第{int_to_cn(value)}章",
        "article": f"第{int_to_cn(value)}条",
        "cn_dun": f"{int_to_cn(value)}、",
        "cn_paren": f"（{int_to_cn(value)}）",
        "ar_dot": f"{value}.",
        "ar_paren": f"（{value}）",
    }[kind]


def outline_problems(text: str) -> list[str]:
    """Markers whose numeral is neither 1 nor the previous sibling's plus one.

    A marker of a kind restarts at 1 under a new parent; the check is the same one a reader
    makes: each marker is 1 or follows the previous marker of its kind.
    """
    problems = []
    last: dict[str, int] = {}
    for m in markers(text):
        prev = last.get(m.kind)
        if m.value != 1 and prev != m.value - 1:
            problems.append(f"line {m.line + 1}: {m.text} after {prev}")
        last[m.kind] = m.value
    return problems


# --- Base documents --------------------------------------------------------------------

@dataclass
class BaseDoc:
    id: str
    half: str
    text: str
    meta: dict
    blemishes: list = field(default_factory=list)  # [start, end, kind] in text

    @property
    def source(self) -> str:
        return self.meta.get("source", "written")

    def lines(self) -> list[tuple[int, int, str]]:
        out, pos = [], 0
        for i, line in enumerate(self.text.split("\n")):
            out.append((pos, pos + len(line), line))
            pos += len(line) + 1
        return out


def gold_metadata(meta: dict) -> dict:
    return {k: meta[k] for k in ("title", "publisher", "written_date", "doc_number") if meta.get(k)}


def load_base(half: str | None = None) -> list[BaseDoc]:
    docs = []
    for h in HALVES if half is None else (half,):
        for txt in sorted((BASE / h).glob("*.txt")):
            meta = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))
            text = txt.read_text(encoding="utf-8")
            text = text.removesuffix("\n")
            docs.append(BaseDoc(txt.stem, h, text, meta, [tuple(b[:3]) for b in meta.get("blemishes", [])]))
    return docs


# --- Normalisation used by the scorer ----------------------------------------------------

def loose(s: str | None) -> str:
    """Full/half width folded (NFKC) and every space removed."""
    if s is None:
        return ""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))
