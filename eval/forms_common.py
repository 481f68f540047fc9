"""What the form modules share: the injection record, the site finders, small vocabularies.

A *form* is one surface shape of one defect family (an ad spliced in brackets, a date whose
年 and 月 were lost ...). It is a function ``form(ctx) -> Inj | None``: it looks at the base
document through ``ctx``, picks a free site with ``ctx.rng``, and returns what replaces which
base span in the raw text, with the gold for it. ``None`` means the document offers no site.

Forms never slice the raw text: they describe one replacement of a base span, and
:mod:`inject` assembles the raw document and turns relative gold offsets into raw offsets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from common import HAN, is_han, markers

# --- records -----------------------------------------------------------------------------


@dataclass
class Gold:
    """One gold span, relative to the start of the injection's raw string."""

    rs: int
    re: int
    cls: str
    action: str  # remove | fix | flag | keep
    expected: str
    repair: str | None = None  # flags: the text a correct repair gives (the base text)
    alt: tuple[int, int] | None = None  # dup: the first occurrence, base offsets
    where: str = ""  # head | top | between | tail | splice | glued | inline | line


@dataclass
class Inj:
    """Replace base[bs:be] by ``raw``; ``golds`` are relative to ``raw``."""

    bs: int
    be: int
    raw: str
    golds: list[Gold]
    fields: dict = field(default_factory=dict)  # metadata values this injection makes gold
    reserve: list[tuple[int, int]] = field(default_factory=list)  # extra base spans to keep free
    form: str = ""


class Registry:
    """The forms of one module, in declaration order."""

    def __init__(self, half: str):
        self.half = half
        self.forms: list = []

    def form(self, family: str, name: str):
        def wrap(fn):
            fn.family = family
            fn.form_id = f"{family}.{name}"
            fn.half = self.half
            self.forms.append(fn)
            return fn
        return wrap

    def by_family(self) -> dict[str, list]:
        out: dict[str, list] = {}
        for fn in self.forms:
            out.setdefault(fn.family, []).append(fn)
        return out


# --- the view of a base document a form gets ----------------------------------------------

SENTENCE_END = "。；！？"
_PROSE_PUNCT = re.compile("[，。；]")


class Ctx:
    def __init__(self, doc, rng):
        self.doc = doc
        self.text = doc.text
        self.rng = rng
        self.lines = doc.lines()
        self.taken: list[tuple[int, int]] = []
        self.blocked = [(s, e) for s, e, _ in doc.blemishes]
        self.fields: dict = {}
        self.markers = markers(self.text)
        self.signature_line = self._signature_line()

    # occupancy -------------------------------------------------------------------------
    def free(self, s: int, e: int, margin: int = 2) -> bool:
        for a, b in self.taken:
            if s - margin <= b and a <= e + margin:
                return False
        for a, b in self.blocked:
            if s - 4 < b and a < e + 4:
                return False
        return True

    def take(self, s: int, e: int) -> None:
        self.taken.append((s, e))

    # lines ------------------------------------------------------------------------------
    def _signature_line(self) -> int:
        """Index of the signature organisation line, or len(lines) when there is none."""
        n = len(self.lines)
        if n >= 3 and re.fullmatch(r"[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日", self.lines[-1][2]):
            return n - 2
        return n

    def body_range(self) -> range:
        """Line indexes of the body: after the title (and number, addressee), before the signature."""
        first = 1
        while first < len(self.lines) and (re.search(r"〔[0-9]{4}〕[0-9]+号$", self.lines[first][2])
                                           or self.lines[first][2].endswith("：") and len(self.lines[first][2]) < 40):
            first += 1
        return range(first, self.signature_line)

    def is_prose(self, i: int, min_len: int = 16) -> bool:
        s, e, line = self.lines[i]
        return i > 0 and i < self.signature_line and len(line) >= min_len and bool(_PROSE_PUNCT.search(line))

    def prose_lines(self, min_len: int = 16) -> list[int]:
        return [i for i in self.body_range() if self.is_prose(i, min_len)]

    def line_of(self, pos: int) -> int:
        for i, (s, e, _) in enumerate(self.lines):
            if s <= pos <= e:
                return i
        return len(self.lines) - 1

    def marker_end(self, i: int) -> int:
        """Offset in the document where line i's text starts after its outline marker."""
        s = self.lines[i][0]
        for m in self.markers:
            if m.line == i:
                return m.end
        return s

    # sites ------------------------------------------------------------------------------
    def shuffled(self, items):
        items = list(items)
        self.rng.shuffle(items)
        return items

    def han_gaps(self, lines=None, after=None, before=None) -> list[int]:
        """Positions between two characters inside prose lines (default: Han | Han)."""
        after = after or is_han
        before = before or is_han
        out = []
        for i in (self.prose_lines() if lines is None else lines):
            s, e, line = self.lines[i]
            start = self.marker_end(i) + 2
            for p in range(max(start, s + 2), e - 1):
                if after(self.text[p - 1]) and before(self.text[p]):
                    out.append(p)
        return out

    def matches(self, pattern, lines=None, group=0):
        """(start, end, match) of ``pattern`` in the given lines (default prose lines)."""
        pat = re.compile(pattern) if isinstance(pattern, str) else pattern
        out = []
        for i in (self.prose_lines() if lines is None else lines):
            s, e, line = self.lines[i]
            for m in pat.finditer(line):
                out.append((s + m.start(group), s + m.end(group), m))
        return out

    def pick_point(self, points, margin: int = 2):
        for p in self.shuffled(points):
            if self.free(p, p, margin):
                return p
        return None

    def pick_span(self, spans, margin: int = 2):
        for item in self.shuffled(spans):
            if self.free(item[0], item[1], margin):
                return item
        return None

    def boundaries(self, where: str) -> list[int]:
        """Line starts where a whole line can be inserted.

        ``top``: before the title; ``head``: after the title (or its number / addressee lines);
        ``between``: between two body paragraphs; ``tail``: before the signature or at the end.
        """
        n = len(self.lines)
        body = self.body_range()
        if where == "top":
            return [0]
        if where == "head":
            return sorted({self.lines[1][0], self.lines[body.start][0]} if n > 1 else {len(self.text)})
        if where == "between":
            return [self.lines[i][0] for i in range(body.start + 1, body.stop)]
        if where == "tail":
            out = [len(self.text)]
            if self.signature_line < n:
                out.append(self.lines[self.signature_line][0])
            return out
        raise ValueError(where)

    def line_inj(self, p: int, line: str, gold_kw: dict, where: str) -> Inj:
        """Insert ``line`` as a line of its own at line start ``p`` (or at the very end)."""
        raw = "\n" + line if p == len(self.text) else line + "\n"
        return Inj(p, p, raw, [Gold(0, len(raw), where=where, **gold_kw)])

    def sentences(self, lines=None, min_len: int = 6):
        """(start, end) of sentences ending in 。 inside prose lines, after any outline marker."""
        out = []
        for i in (self.prose_lines() if lines is None else lines):
            s, e, line = self.lines[i]
            pos = self.marker_end(i)
            while pos < e and self.text[pos] in " \u3000":
                pos += 1
            for m in re.finditer(r"[^。！？]*。", self.text[pos:e]):
                a, b = pos + m.start(), pos + m.end()
                if b - a >= min_len and "“" not in self.text[a:b][:1]:
                    out.append((a, b))
        return out


def keep_lines(ctx: "Ctx", lines: list[str], where: str) -> "Inj | None":
    """Real lines of a document put one a line at a line boundary of ``where`` (after the last line
    at the text's end), each a protected span: a form of the lines a rule must keep."""
    p = ctx.pick_point(ctx.boundaries(where))
    if p is None:
        return None
    at_end = p == len(ctx.text)
    golds, raw = [], ""
    for line in lines:
        if at_end:
            raw += "\n"
        golds.append(Gold(len(raw), len(raw) + len(line), "protected", "keep", line, where=where))
        raw += line if at_end else line + "\n"
    return Inj(p, p, raw, golds)


# --- vocabularies (content, shared by both halves; the shapes differ) ----------------------

FAKE_MOBILES = ["13800138000", "13912345678", "15800001111", "18600002222", "13700009999",
                "18912340000", "17700001234", "13600006666"]
SITE_STEMS = ["haofanwen", "wenmi", "xiezuo", "bgxz", "fanwen88", "mobanku", "sucaiwang", "gongwen365",
              "bigan", "wendang8", "caiziwang", "xzbang"]
SITE_NAMES_CN = ["好范文", "文秘帮", "笔杆子", "公文宝", "范文之家", "材料侠", "写作宝典", "文档库", "才子",
                 "办公写作", "秘书之家", "机关文秘"]
TLDS = [".com", ".cn", ".net", ".com.cn", ".top"]


def rid(rng, n=4) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def wechat_id(rng) -> str:
    stem = rng.choice(SITE_STEMS + ["xz", "fw", "wm", "gw"])
    return rng.choice([f"{stem}{rid(rng, 3)}", f"{stem}_{rid(rng, 4)}", f"{stem}{rng.choice(['666', '888', '2021', '99'])}",
                       rng.choice(FAKE_MOBILES)])


def domain(rng) -> str:
    stem = rng.choice(SITE_STEMS)
    return rng.choice(["www.", "m.", "", "wap."]) + stem + rng.choice(["", rid(rng, 2)]) + rng.choice(TLDS)


def colon(rng) -> str:
    return rng.choice(["：", ":", "：", ": ", "："])


def gap(rng) -> str:
    return rng.choice(["", " ", "  ", "\u3000", "", " "])


BRACKETS = [("（", "）"), ("【", "】"), ("〖", "〗"), ("[", "]"), ("(", ")")]


def bracket(rng, text: str) -> str:
    a, b = rng.choice(BRACKETS)
    return a + text + b


def cn_date(y: int, m: int, d: int) -> str:
    return f"{y}年{m}月{d}日"


def fmt_date(rng, iso: str, styles=("iso", "cn", "cn0", "slash", "dot")) -> str:
    y, m, d = map(int, iso.split("-"))
    style = rng.choice(styles)
    return {"iso": f"{y:04d}-{m:02d}-{d:02d}", "cn": f"{y}年{m}月{d}日", "cn0": f"{y}年{m:02d}月{d:02d}日",
            "slash": f"{y}/{m:02d}/{d:02d}", "dot": f"{y}.{m:02d}.{d:02d}"}[style]


def clock(rng, seconds: bool | None = None) -> str:
    h, mi = rng.randint(8, 17), rng.randint(0, 59)
    s = f"{h:02d}:{mi:02d}"
    if seconds or (seconds is None and rng.random() < 0.4):
        s += f":{rng.randint(0, 59):02d}"
    return s


def add_days(iso: str, days: int) -> str:
    import datetime
    d = datetime.date.fromisoformat(iso) + datetime.timedelta(days=days)
    return d.isoformat()


def doc_year(ctx) -> int:
    m = re.search(r"(20[0-9][0-9]|19[0-9][0-9])", ctx.doc.meta.get("title", ""))
    if ctx.doc.meta.get("written_date"):
        return int(ctx.doc.meta["written_date"][:4])
    return int(m.group(1)) if m else 2021


def meta_values(ctx) -> dict:
    """Values a header can show for this document, consistent with its gold metadata."""
    meta = ctx.doc.meta
    rng = ctx.rng
    year = doc_year(ctx)
    written = meta.get("written_date") or f"{year}-03-{rng.randint(10, 20):02d}"
    publisher = meta.get("publisher") or meta.get("org_hint") or "中国政府网"
    index = rng.choice([f"{rng.choice(['11330782', '00001434', '11510800', '00876543'])}{rng.choice(['MB', ''])}"
                        f"{rid(rng, 5)}{rng.choice(['X', '0', '8'])}/{year}-{rid(rng, 5)}",
                        f"{rid(rng, 9)}/{year}-{rid(rng, 5)}",
                        f"{rng.choice(['JL', 'QW', 'BP', 'MS', 'YX', 'TA'])}-{rid(rng, 2)}-{year}-{rid(rng, 4)}"])
    number = meta.get("doc_number") or f"{publisher[:1]}{rng.choice(['政办发', '办发', '发'])}〔{year}〕{rng.randint(2, 60)}号"
    return {"publisher": publisher, "publish_date": add_days(written, rng.randint(0, 6)),
            "written_date": written, "index_number": index, "doc_number": number}


def fields_ok(ctx, fields: dict) -> bool:
    return all(ctx.fields.get(k, v) == v for k, v in fields.items())


# --- character helpers --------------------------------------------------------------------

def is_digit(ch: str) -> bool:
    return ch.isascii() and ch.isdigit()


def han_runs(ctx, n: int, lines=None) -> list[tuple[int, int]]:
    """Spans of ``n`` Han characters inside prose lines, with Han or punctuation around."""
    out = []
    pat = re.compile(f"(?<=[{HAN}])[{HAN}]{{{n}}}(?=[{HAN}])")
    for s, e, _ in ctx.matches(pat, lines):
        out.append((s, e))
    return out
