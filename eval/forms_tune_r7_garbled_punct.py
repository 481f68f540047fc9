"""More TUNE forms (round 7 of issue 16): garbled and punct, kinds written first without reading the rules.

Registered into the TUNE registry of :mod:`forms_tune`; written without looking at the
held forms. See forms_tune.py for the helpers a form uses.
"""

from __future__ import annotations

from forms_tune import R  # noqa: F401  (forms register themselves on import)

import re

from common import is_han
from forms_common import Ctx, Gold, Inj
from forms_tune import _garble, _protect

# ======================================================================================
# garbled (flag; the repair is the base text)


def _codec(src: str, dst: str):
    """Han text encoded with ``src`` and decoded with ``dst`` (None when a byte has no reading)."""
    def make(h):
        try:
            out = h.encode(src).decode(dst)
        except (UnicodeError, LookupError):
            return None
        return out if out != h and "\n" not in out else None
    return make


@R.form("garbled", "t42_gbk_as_euc_jp")
def garbled_gbk_euc_jp(ctx: Ctx):
    """GBK bytes read as EUC-JP (a Japanese-locale browser or mail client): both are two-byte
    A1-FE tables, so every character becomes a real but wrong kanji or kana (加强管理 → 紗膿砿尖).
    Nothing is out of range: only the characters' rarity in Chinese text gives it away."""
    return _garble(ctx, (2, 3, 4), _codec("gbk", "euc_jp"))


@R.form("garbled", "t43_utf8_as_koi8r")
def garbled_utf8_koi8r(ctx: Ctx):
    """UTF-8 read as KOI8-R (a Russian-locale server's default): box-drawing pieces and Cyrillic
    letters (加强 → Е┼═Е╪╨)."""
    return _garble(ctx, (1, 2, 3), _codec("utf-8", "koi8_r"))


@R.form("garbled", "t44_gbk_as_dos_codepage")
def garbled_gbk_dos(ctx: Ctx):
    """GBK bytes shown in a DOS code page (cp437 / cp850 / cp866: an old export or a console log
    pasted into the page): 加强管理 → ╝╙╟┐╣▄└φ."""
    cp = ctx.rng.choice(["cp437", "cp850", "cp866"])
    return _garble(ctx, (2, 3, 4), _codec("gbk", cp))


@R.form("garbled", "t45_high_bit_stripped")
def garbled_high_bit(ctx: Ctx):
    """GB2312 passed through a 7-bit mail gateway that cleared each byte's high bit: every
    character becomes two printable ASCII signs (加强管理 → <SG?9\\@m)."""
    def make(h):
        try:
            b = h.encode("gb2312")
        except UnicodeError:
            return None
        return bytes(x & 0x7F for x in b).decode("ascii")
    return _garble(ctx, (2, 3, 4), make)


@R.form("garbled", "t46_hz_undecoded")
def garbled_hz(ctx: Ctx):
    """HZ-GB-2312 (the 7-bit encoding of old Usenet and e-mail) left undecoded: ~{<SG?~}."""
    def make(h):
        try:
            return h.encode("hz").decode("ascii")
        except UnicodeError:
            return None
    return _garble(ctx, (2, 3, 4), make)


@R.form("garbled", "t47_glyph_offset")
def garbled_glyph_offset(ctx: Ctx):
    """A PDF font subset whose ToUnicode map is off by a fixed amount (or maps into CJK
    Extension A): every character becomes a neighbouring, mostly rare ideograph (加强 → 劦弿).
    Kept only where an editor would see it: at least one character outside GB2312."""
    rng = ctx.rng
    k = rng.choice([-1, 1]) * rng.randint(1, 400)
    ext_a = rng.random() < 0.3

    def make(h):
        if ext_a:
            out = "".join(chr(0x3400 + (ord(c) - 0x4E00) % 0x19B0) for c in h)
        else:
            out = "".join(chr(min(max(ord(c) + k, 0x4E00), 0x9FA5)) for c in h)
        try:
            out.encode("gb2312")
            return None
        except UnicodeError:
            return out if out != h else None
    return _garble(ctx, (1, 2, 3, 4), make)


@R.form("garbled", "t48_utf8_as_greek")
def garbled_utf8_greek(ctx: Ctx):
    """UTF-8 read as ISO-8859-7 or Windows-1253 (a Greek-locale default): Greek letters and
    signs inside a Chinese word (加强 → δΉ ΓΌΊ-like runs)."""
    return _garble(ctx, (1, 2, 3), _codec("utf-8", ctx.rng.choice(["iso8859_7", "cp1253"])))


_OCR_LOOK = {"工": ["I", "Ι", "エ"], "人": ["λ", "Λ"], "十": ["+", "†"], "二": ["=", "〓"], "口": ["O", "○", "П"],
             "入": ["λ"], "八": ["/\\", "ハ"], "丁": ["T", "Т"], "三": ["≡", "Ξ"], "山": ["Ш", "ш"], "日": ["Ε", "E"],
             "干": ["Ŧ", "千"], "力": ["Ⅽ"], "上": ["ᒥ", "⊥"], "土": ["士", "┴"], "中": ["Φ", "ф"], "田": ["⊞", "Ш"]}


@R.form("garbled", "t49_ocr_script_lookalikes")
def garbled_ocr_lookalikes(ctx: Ctx):
    """OCR of a scan that read simple characters as Latin, Greek or Cyrillic letters or math
    signs of the same outline inside a word (工作 → I作, 人口 → λП, 中央 → Φ央)."""
    def make(h):
        idx = [i for i, c in enumerate(h) if c in _OCR_LOOK]
        if not idx:
            return None
        i = ctx.rng.choice(idx)
        return h[:i] + ctx.rng.choice(_OCR_LOOK[h[i]]) + h[i + 1:]
    return _garble(ctx, (2, 3), make, tries=40)


# ======================================================================================
# punct (fix: the full-width mark of GB/T 15834)


def _fix_at(ctx: Ctx, spans, variants, mark=None):
    site = ctx.pick_span(spans)
    if site is None:
        return None
    s, e = site
    base = ctx.text[s:e]
    raw = variants(base) if callable(variants) else ctx.rng.choice(variants)
    if raw is None:
        return None
    return Inj(s, e, raw, [Gold(0, len(raw), "punct", "fix", mark or base, where="inline")])


def _aside_spans(ctx: Ctx, inner: str):
    out = []
    for s, e, m in ctx.matches(r"（(" + inner + r")）"):
        if s > ctx.lines[ctx.line_of(s)][0] + 1:
            out.append((s, e))
    return out


@R.form("punct", "t19_small_vertical_parens")
def punct_small_parens(ctx: Ctx):
    """Parentheses of an aside as small-form or vertical presentation forms (a vertical-layout
    PDF or a CJK-compatibility font): ﹙含民办学校﹚ / ︵试行︶ (fix: （ and ）)."""
    pairs = [("\ufe59", "\ufe5a"), ("\ufe35", "\ufe36"), ("\ufe59", "\ufe36")]
    spans = _aside_spans(ctx, r"[^（）\n]{1,16}")
    site = ctx.pick_span(spans)
    if site is None:
        return None
    s, e = site
    a, b = ctx.rng.choice(pairs)
    raw = a + ctx.text[s + 1:e - 1] + b
    return Inj(s, e, raw, [Gold(0, 1, "punct", "fix", "（", where="inline"),
                           Gold(len(raw) - 1, len(raw), "punct", "fix", "）", where="inline")])


@R.form("punct", "t20_confusable_marks")
def punct_confusables(ctx: Ctx):
    """Marks replaced by characters of another script that look the same (a converter or an
    OCR engine's confusables): Greek question mark ; for ；, modifier-letter colon ꞉ or
    triangular colon ː for ：, single low quotation mark ‚ for ， (fix: the Chinese mark)."""
    mark, variants = ctx.rng.choice([("；", ["\u037e"]), ("：", ["\ua789", "\u02d0"]), ("，", ["\u201a"])])
    spans = [(s, e) for s, e, _ in ctx.matches(mark) if s > 0 and is_han(ctx.text[s - 1])]
    return _fix_at(ctx, spans, variants)


@R.form("punct", "t21_ocr_full_stop")
def punct_ocr_full_stop(ctx: Ctx):
    """OCR reading the small circle of 。 as a letter o, a white circle ○, a degree sign ° or the
    numeral 〇 at a sentence end (fix: 。)."""
    spans = [(s, e) for s, e, _ in ctx.matches("。") if s > 0 and is_han(ctx.text[s - 1])
             and (e == len(ctx.text) or ctx.text[e] == "\n" or is_han(ctx.text[e]))]
    return _fix_at(ctx, spans, ["o", "\u25cb", "\u00b0", "\u3007"])


@R.form("punct", "t22_ascii_mark_before_opener")
def punct_ascii_before_opener(ctx: Ctx):
    """An ASCII comma after Chinese text right before an opening quote or a figure (the IME was
    switched to type the figure or the quote): 明确提出,“三个一批” / 截至2021年底,2.3万户 (fix: ，)."""
    spans = [(s, e) for s, e, _ in ctx.matches("，") if s > 0 and (is_han(ctx.text[s - 1]) or ctx.text[s - 1] == "”")
             and ctx.text[e:e + 1] and (ctx.text[e] in "“《（" or ctx.text[e].isdigit())]
    return _fix_at(ctx, spans, [",", ",", ", "], mark="，")


@R.form("punct", "t23_ascii_parens_figures")
def punct_ascii_parens_figures(ctx: Ctx):
    """ASCII parentheses around a figure or period aside in a Chinese sentence (typed with the
    figures in English mode): 规划(2021—2025年) / 资金(2.3亿元) (fix: （ and ）)."""
    spans = [sp for sp in _aside_spans(ctx, r"[0-9][^（）\n]{0,16}") if is_han(ctx.text[sp[0] - 1])]
    site = ctx.pick_span(spans)
    if site is None:
        return None
    s, e = site
    raw = "(" + ctx.text[s + 1:e - 1] + ")"
    return Inj(s, e, raw, [Gold(0, 1, "punct", "fix", "（", where="inline"),
                           Gold(len(raw) - 1, len(raw), "punct", "fix", "）", where="inline")])


@R.form("punct", "t24_mixed_width_double")
def punct_mixed_width_double(ctx: Ctx):
    """A mark doubled in two widths (one edit in English mode added the ASCII twin of a mark
    already there): 加强管理，,完善 / 完善制度.。 / 到位;；二是 (fix: the one full-width mark)."""
    ascii_of = {"，": ",", "。": ".", "；": ";", "：": ":"}
    spans = [(s, e) for s, e, _ in ctx.matches("[，。；：]") if s > 0 and is_han(ctx.text[s - 1])
             and ctx.text[e:e + 1] not in ("", "\n", "”", "）") and not ctx.text[e:e + 1].isdigit()]
    return _fix_at(ctx, spans, lambda t: ctx.rng.choice([t + ascii_of[t], ascii_of[t] + t]))


@R.form("punct", "t25_space_then_ascii_mark")
def punct_space_ascii_mark(ctx: Ctx):
    """A space before an ASCII mark between Chinese clauses (Word's justification of text typed
    in English style): 加强管理 ,完善制度 / 两项工作 ;一是 (fix: the full-width mark, no space)."""
    mark, ascii_ = ctx.rng.choice([("，", ","), ("，", ","), ("；", ";"), ("。", ".")])
    spans = [(s, e) for s, e, _ in ctx.matches(mark) if s > 0 and is_han(ctx.text[s - 1])
             and ctx.text[e:e + 1] and is_han(ctx.text[e])]
    return _fix_at(ctx, spans, [" " + ascii_, "\u3000" + ascii_, " " + ascii_ + " "], mark=mark)


# ======================================================================================
# protected (keep): correct text that looks like a garbled or punct defect


@R.form("protected", "t9_gp_ratio_footnote_dot")
def prot_ratio_footnote_dot(ctx: Ctx):
    """Correct marks that look like width slips: the ratio sign between figures (城乡居民收入比
    2.21∶1), a full-width footnote reference （“两新”［15］), the middle dot of a campaign or
    event name (“投资中国·选择陕西”, “4·11”)."""
    rng = ctx.rng
    ratio = f"{rng.randint(1, 3)}.{rng.randint(10, 99)}\u22361"
    note = f"［{rng.randint(1, 30)}］"
    name = rng.choice(["“投资中国·选择陕西”", "“两岸青山·千里林带”", "“四在农家·和美乡村”"])
    event = f"“{rng.randint(1, 12)}·{rng.randint(10, 28)}”"
    return rng.choice([
        lambda: _protect(ctx, f"城乡居民收入比缩小至{ratio}。", [ratio]),
        lambda: _protect(ctx, f"扎实推进{name}行动{note}。", [name, note]),
        lambda: _protect(ctx, f"深刻汲取{event}事故教训，收入比降至{ratio}。", [event, ratio]),
    ])()


@R.form("protected", "t10_gp_rare_but_right")
def prot_rare_but_right(ctx: Ctx):
    """Correct text with rare characters and other scripts: place names outside GB2312 level 1
    (亳州、衢州、嵊州、浉河), a name character outside GB2312 (喆, 堃), Roman numerals and Greek
    units (Ⅳ类水质, 32μg/m³), the numeral 〇 in a written year."""
    rng = ctx.rng
    place = rng.choice(["亳州市谯城区", "衢州市衢江区", "嵊州市", "信阳市浉河区", "鄱阳湖"])
    name = rng.choice(["王喆", "李堃", "张珺", "陈昇"])
    water = rng.choice(["Ⅳ类", "Ⅲ类", "劣Ⅴ类"])
    pm = f"{rng.randint(20, 45)}μg/m³"
    year = rng.choice(["二〇二一年", "二〇二二年", "二〇二三年"])
    return rng.choice([
        lambda: _protect(ctx, f"组织专家赴{place}开展调研。", [place]),
        lambda: _protect(ctx, f"由{name}同志负责联络。", [name]),
        lambda: _protect(ctx, f"断面水质达到{water}标准，PM2.5平均浓度为{pm}。", [water, pm]),
        lambda: _protect(ctx, f"本办法自{year}起试行，{place}先行先试。", [year, place]),
    ])()
