"""HELD-E forms, part 3 (see forms_held_e.py). Do not read while working on the rules."""

from __future__ import annotations

from forms_held_e import R  # noqa: F401  (forms register themselves on import)

import re

from common import HAN, is_han
from forms_common import Ctx, Gold, Inj, han_runs

# ======================================================================================
# dup (remove the repeat)


def _dup_inj(ctx: Ctx, orig, at: int, raw: str, where: str, alt: bool = True):
    if not ctx.free(orig[0], orig[1], 0) or not ctx.free(at, at):
        return None
    inj = Inj(at, at, raw, [Gold(0, len(raw), "dup", "remove", "", alt=orig if alt else None, where=where)])
    inj.reserve = [orig]
    return inj


def _heading_lines(ctx: Ctx) -> list[int]:
    out = []
    for m in ctx.markers:
        i = m.line
        if i <= 0 or i >= ctx.signature_line:
            continue
        s, e, line = ctx.lines[i]
        if 4 <= len(line) <= 32 and not re.search("[。；，]", line):
            out.append(i)
    return out


@R.form("dup", "e3_heading_doubled_glued")
def dup_heading_glued(ctx: Ctx):
    """A heading line rendered twice on its own line, the copy glued on (a CMS that prints the
    section title in a <strong> and again as plain text): 二、特色产业加快发展二、特色产业加快发展."""
    for i in ctx.shuffled(_heading_lines(ctx)):
        s, e, line = ctx.lines[i]
        raw = line
        inj = _dup_inj(ctx, (s, e), e, raw, "glued")
        if inj:
            return inj
    return None


@R.form("dup", "e3_paragraph_after_next_heading")
def dup_across_heading(ctx: Ctx):
    """The last paragraph of a section repeated as the first paragraph under the next heading
    (a paginated article whose next page restarts a block early across the section break)."""
    heads = set(_heading_lines(ctx))
    prose = set(ctx.prose_lines(20))
    cands = [i for i in prose if i + 1 in heads and i + 2 < ctx.signature_line]
    for i in ctx.shuffled(cands):
        s, e, line = ctx.lines[i]
        at = ctx.lines[i + 1][1]
        inj = _dup_inj(ctx, (s, e), at, "\n" + line, "line")
        if inj:
            return inj
    return None


@R.form("dup", "e3_collapsed_preview_before")
def dup_preview_before(ctx: Ctx):
    """A collapsed preview of a paragraph (its first 40-75%, cut mid-clause, no ending) on a line of
    its own right before the full paragraph: a "read more" block whose short and long states were
    both scraped. The cut copy goes; the full paragraph stays."""
    for i in ctx.shuffled(ctx.prose_lines(40)):
        s, e, line = ctx.lines[i]
        n = int(len(line) * ctx.rng.uniform(0.4, 0.75))
        # cut between two Han characters so the preview stops mid-word / mid-clause
        while n < len(line) - 1 and not (is_han(line[n - 1]) and is_han(line[n])):
            n += 1
        if n >= len(line) - 4:
            continue
        raw = line[:n] + ctx.rng.choice(["", "", "…", "..."]) + "\n"
        if not ctx.free(s, s + n, 0) or not ctx.free(s, s):
            continue
        inj = Inj(s, s, raw, [Gold(0, len(raw), "dup", "remove", "", where="line")])
        inj.reserve = [(s, s + n)]
        return inj
    return None


@R.form("dup", "e3_sentence_again_later_in_paragraph")
def dup_sentence_later(ctx: Ctx):
    """A sentence repeated one or two sentences later in its own paragraph (甲。乙。甲。丙。), as an
    edit merge that kept the moved sentence in both places leaves it."""
    sents = ctx.sentences(min_len=10)
    by_line: dict[int, list] = {}
    for a, b in sents:
        by_line.setdefault(ctx.line_of(a), []).append((a, b))
    cands = []
    for ss in by_line.values():
        for k in range(len(ss)):
            for step in (1, 2):
                if k + step < len(ss):
                    cands.append((ss[k], ss[k + step][1]))
    for (a, b), at in ctx.shuffled(cands):
        text = ctx.text[a:b]
        if ctx.text.count(text) > 1:
            continue
        inj = _dup_inj(ctx, (a, b), at, text, "inline")
        if inj:
            return inj
    return None


# ======================================================================================
# figure (flag)


def _flag(cls: str, s: int, e: int, raw: str, base: str, where: str = "inline") -> Inj:
    return Inj(s, e, raw, [Gold(0, len(raw), cls, "flag", raw, repair=base, where=where)])


@R.form("figure", "e3_points_over_100")
def fig_points_over(ctx: Ctx):
    """A change in percentage points of 100 or more (a share cannot move that far): 提高125个百分点,
    下降108.5个百分点 (a digit doubled or a point lost)."""
    site = ctx.pick_span(ctx.matches(r"(?<![0-9.．０-９])([0-9]{1,2}(?:\.[0-9]+)?)(?=个百分点)"))
    if site is None:
        return None
    s, e, m = site
    num = m.group(1)
    rng = ctx.rng
    new = str(rng.randint(101, 190)) + rng.choice(["", f".{rng.randint(1, 9)}"])
    return _flag("figure", s, e, new, num)


@R.form("figure", "e3_decrease_over_100")
def fig_decrease_over(ctx: Ctx):
    """A fall of more than 100% of a positive quantity: 化肥使用量同比下降125%, 减少135%."""
    site = ctx.pick_span(ctx.matches(r"(?:下降|减少|降低|下滑|回落|压减|削减)(?:了)?(?:[^0-9０-９．，。；到至\n]{0,3})?(?<![0-9.．０-９])([0-9]{1,2}(?:\.[0-9]+)?)(?=%|％)", group=1))
    if site is None:
        return None
    s, e, m = site
    rng = ctx.rng
    num = ctx.text[s:e]
    new = rng.choice([str(rng.randint(101, 260)), f"{rng.randint(101, 180)}.{rng.randint(1, 9)}", "1" + num.split(".")[0].zfill(2)])
    if float(new) <= 100:
        return None
    return _flag("figure", s, e, new, num)


@R.form("figure", "e3_leading_zero_count")
def fig_leading_zero(ctx: Ctx):
    """A count with a leading zero from a zero-padded spreadsheet cell or an OCR'd 0/8: 新增05家,
    培训0120人 (was 5 / 120, or was a digit lost?)."""
    site = ctx.pick_span(ctx.matches(rf"(?<=[{HAN}])([1-9][0-9]{{0,3}})(?![0-9.．])(?=[名个家所座项户条台辆人处村])"))
    if site is None:
        return None
    s, e, m = site
    if ctx.text[s - 1] in "第年月日约近超逾共计":
        return None
    raw = ctx.rng.choice(["0", "0", "00"]) + m.group(1)
    return _flag("figure", s, e, raw, m.group(1))


@R.form("figure", "e3_dangling_decimal_point")
def fig_dangling_point(ctx: Ctx):
    """A decimal whose fractional digits were lost, the point left hanging before the unit:
    增长8.%, 4.万亩, 12.亿元 (a cell edited in place, a digit deleted)."""
    site = ctx.pick_span(ctx.matches(r"(?<![0-9.．０-９])([0-9]{1,4})\.([0-9]{1,2})(?=[%％万亿千吨亩元个人户家])"))
    if site is None:
        return None
    s, e, m = site
    raw = m.group(1) + ctx.rng.choice([".", ".", "．"])
    return _flag("figure", s, e, raw, ctx.text[s:e])


# ======================================================================================
# quote (fix or flag)

_QUOTED = r"“[^“”‘’\n]{1,20}”"
_TITLED = r"《[^《》\n]{2,30}》"


@R.form("quote", "e3_much_less_greater")
def quote_much_less(ctx: Ctx):
    """Title marks come through a JIS code page as much-less/much-greater signs: ≪安全生产法≫ (fix: 《 》)."""
    site = ctx.pick_span([(s, e) for s, e, _ in ctx.matches(_TITLED)])
    if site is None:
        return None
    s, e = site
    inner = ctx.text[s + 1:e - 1]
    if "〈" in inner:
        return None
    raw = "≪" + inner + "≫"
    return Inj(s, e, raw, [Gold(0, len(raw), "quote", "fix", ctx.text[s:e], where="inline")])


_MOJI_OPEN = ["â€œ", "â€œ"]
_MOJI_CLOSE = ["â€\x9d", "â€", "â€?"]


@R.form("quote", "e3_utf8_quotes_as_cp1252")
def quote_utf8_cp1252(ctx: Ctx):
    """Only the curly quotes of an otherwise sound line mangled: UTF-8 “ ” read as cp1252 by a
    template step (â€œ放管服â€\\x9d, â€œ放管服â€) (fix: “ ”)."""
    site = ctx.pick_span([(s, e) for s, e, _ in ctx.matches(_QUOTED)])
    if site is None:
        return None
    s, e = site
    raw = ctx.rng.choice(_MOJI_OPEN) + ctx.text[s + 1:e - 1] + ctx.rng.choice(_MOJI_CLOSE)
    return Inj(s, e, raw, [Gold(0, len(raw), "quote", "fix", ctx.text[s:e], where="inline")])


@R.form("quote", "e3_gbk_marks_as_latin1")
def quote_gbk_latin1(ctx: Ctx):
    """The GBK bytes of a pair of quotation or title marks read as Latin-1 while the characters
    between them came through: ¡°放管服¡±, ¡¶安全生产法¡· (fix: “ ” / 《 》)."""
    cands = [(s, e) for s, e, _ in ctx.matches(f"{_QUOTED}|{_TITLED}")]
    site = ctx.pick_span(cands)
    if site is None:
        return None
    s, e = site
    o, c = ctx.text[s], ctx.text[e - 1]
    raw = o.encode("gbk").decode("latin-1") + ctx.text[s + 1:e - 1] + c.encode("gbk").decode("latin-1")
    return Inj(s, e, raw, [Gold(0, len(raw), "quote", "fix", ctx.text[s:e], where="inline")])


@R.form("quote", "e3_quotes_lost_to_question_marks")
def quote_qmarks(ctx: Ctx):
    """Curly quotes a single-byte save could not hold left as ? or ？ on both sides: ?放管服? (flag:
    the marks are lost, a repair to “ ” counts)."""
    site = ctx.pick_span([(s, e) for s, e, _ in ctx.matches(_QUOTED)])
    if site is None:
        return None
    s, e = site
    q = ctx.rng.choice(["?", "?", "？"])
    raw = q + ctx.text[s + 1:e - 1] + q
    return _flag("quote", s, e, raw, ctx.text[s:e])


@R.form("quote", "e3_quote_title_mixed_pair")
def quote_mixed_pair(ctx: Ctx):
    """A quotation closed with a title mark or a title closed with a quotation mark (the IME's
    neighbouring symbols): “放管服》, 《安全生产法” (flag: which mark is wrong is not sure)."""
    cands = [(s, e) for s, e, _ in ctx.matches(f"{_QUOTED}|{_TITLED}")]
    site = ctx.pick_span(cands)
    if site is None:
        return None
    s, e = site
    o = ctx.text[s]
    raw = ctx.text[s:e - 1] + ("》" if o == "“" else "”")
    return _flag("quote", s, e, raw, ctx.text[s:e])


# ======================================================================================
# garbled (flag)


def _garble(ctx: Ctx, n_choices, make, tries: int = 20):
    for _ in range(tries):
        n = ctx.rng.choice(n_choices)
        site = ctx.pick_span(han_runs(ctx, n))
        if site is None:
            continue
        s, e = site
        raw = make(ctx.text[s:e])
        if not raw:
            continue
        return _flag("garbled", s, e, raw, ctx.text[s:e])
    return None


@R.form("garbled", "e3_hz_undecoded")
def garbled_hz(ctx: Ctx):
    """HZ-encoded GB2312 (old mail and BBS posts) left undecoded: ~{<SG?~} for 加强."""
    def make(h):
        try:
            return h.encode("hz").decode("ascii")
        except UnicodeError:
            return None
    return _garble(ctx, (2, 3, 4), make)


_SPLIT = {"强": "弓虽", "明": "日月", "好": "女子", "加": "力口", "职": "耳只", "林": "木木", "的": "白勺",
          "协": "十办", "和": "禾口", "外": "夕卜", "村": "木寸", "动": "云力", "如": "女口", "对": "又寸",
          "时": "日寸", "现": "王见", "理": "王里", "服": "月艮", "功": "工力", "政": "正攵", "改": "己攵",
          "护": "扌户", "保": "亻呆", "休": "亻木", "体": "亻本", "财": "贝才", "则": "贝刂", "利": "禾刂",
          "到": "至刂", "计": "讠十", "训": "讠川", "社": "礻土", "施": "方也", "地": "土也", "坚": "臣又土",
          "机": "木几", "构": "木勾", "组": "纟且", "织": "纟只", "环": "王不", "校": "木交"}


@R.form("garbled", "e3_ocr_split_components")
def garbled_split(ctx: Ctx):
    """OCR or a PDF font that splits a wide character into its components: 加弓虽建设, 木寸民,
    纟且纟只 (flag; the joined character is the repair)."""
    cands = []
    for i in ctx.prose_lines():
        s, e, line = ctx.lines[i]
        for k, ch in enumerate(line):
            if ch in _SPLIT and 1 < k < len(line) - 1 and is_han(line[k - 1]):
                cands.append((s + k, s + k + 1))
    site = ctx.pick_span(cands)
    if site is None:
        return None
    s, e = site
    ch = ctx.text[s]
    raw = _SPLIT[ch]
    # sometimes the next character split too
    nxt = ctx.text[e] if e < len(ctx.text) else ""
    if nxt in _SPLIT and ctx.rng.random() < 0.4 and ctx.free(s, e + 1):
        return _flag("garbled", s, e + 1, raw + _SPLIT[nxt], ch + nxt)
    return _flag("garbled", s, e, raw, ch)


@R.form("garbled", "e3_substitute_control")
def garbled_sub(ctx: Ctx):
    """A converter's substitute character (ASCII SUB, 0x1A) for each character it could not map,
    sometimes with a DEL or a stray 0x7F: 加强\\x1a\\x1a建设."""
    def make(h):
        ch = ctx.rng.choice(["\x1a", "\x1a", "\x7f"])
        return ch * len(h)
    return _garble(ctx, (1, 2, 3), make)


@R.form("garbled", "e3_utf8_as_cp1250")
def garbled_cp1250(ctx: Ctx):
    """UTF-8 bytes read as Windows-1250 (a Central European system locale): 加强 → ĺŠ ĺĽş-like runs
    with Ĺ ĺ ť ž (undefined bytes dropped)."""
    def make(h):
        return h.encode("utf-8").decode("cp1250", errors="ignore")
    return _garble(ctx, (1, 2, 3), make)


@R.form("garbled", "e3_utf7_undecoded")
def garbled_utf7(ctx: Ctx):
    """A UTF-7 stretch (a mail or IMAP folder name passed on) left undecoded: +UqBfOg- for 加强."""
    return _garble(ctx, (2, 3, 4), lambda h: h.encode("utf-7").decode("ascii"))
