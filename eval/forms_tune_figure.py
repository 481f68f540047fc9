"""More TUNE forms (second round of issue 16): other surface shapes of the same defects.

Registered into the TUNE registry of :mod:`forms_tune`; written without looking at the
held forms. See forms_tune.py for the helpers a form uses.

figure (flag): a measure word lost after a counting verb with no sibling to compare, a
multiplier or unit doubled (万万元), thousands separators in the wrong place (68,50万元),
a whole count with a fraction outside any breakdown (培训12.8人), a share above 100% in
other phrasings (占全市的135％, 就诊率达到112%), a negative count (新增-12家), a figure with
two decimal points or four decimals of 万 standing alone.

garbled (flag): UTF-8 read as GBK (鍔犲己), UTF-8 read as cp1252 (åŠ å¼º), debug fill
(锟斤拷, 烫烫烫, 屯屯屯), symbol runs standing for characters (◆◆, ※※, ●●), template and
script residue ({{title}}, ${name}, undefined, NaN), control pictures (␍␊), escape
sequences left undecoded (\\u52a0\\u5f3a, \\xe5\\x8a, %E5%8A%A0).
"""

from __future__ import annotations

import re

from common import HAN
from forms_common import Ctx, Gold, Inj, han_runs
from forms_tune import R, _garble  # noqa: F401  (forms register themselves on import)

# ======================================================================================
# figure (flag)

_WHOLE = "个家名所项支座条户批场处台辆"
_AVERAGE = re.compile(r"均|每|平均|人口|千人|万人|百户")


def _flag(s: int, e: int, raw: str, base: str, where: str = "inline") -> Inj:
    return Inj(s, e, raw, [Gold(0, len(raw), "figure", "flag", raw, repair=base, where=where)])


@R.form("figure", "t5_measure_lost_after_verb")
def fig_measure_after_verb(ctx: Ctx):
    """A measure word lost after a counting verb, no sibling to compare: 开展3专项行动, 培训120基层干部."""
    cands = []
    for s, e, m in ctx.matches(rf"(?<=[{HAN}])(?<![第年月])([0-9]{{1,4}})([{_WHOLE}名])(?=[{HAN}]{{2}})"):
        nxt = ctx.text[e:e + 2]
        if nxt[0] in "以左次、之" or nxt in ("百分", "月份", "工作"):
            continue
        cands.append((s, e, m))
    site = ctx.pick_span(cands)
    if site is None:
        return None
    s, e, m = site
    raw = m.group(1) + ctx.text[e:e + 2]  # the figure and the noun that now follows it
    return _flag(s, e + 2, raw, ctx.text[s:e + 2])


_AMOUNT = re.compile(rf"(?<=[{HAN}])(?<![0-9.,])([0-9]+(?:\.[0-9]+)?)(万|亿)(元|人|户|吨|亩|千瓦|平方米|册|株)")


@R.form("figure", "t6_doubled_multiplier")
def fig_doubled_multiplier(ctx: Ctx):
    """A multiplier or unit written twice: 3500万万元, 1.2亿亿元, 86万元元, 12万万人."""
    site = ctx.pick_span(ctx.matches(_AMOUNT))
    if site is None:
        return None
    s, e, m = site
    num, mult, unit = m.groups()
    raw = num + ctx.rng.choice([mult + mult + unit, mult + mult + unit, mult + unit + unit if unit == "元" else mult * 2 + unit])
    return _flag(s, e, raw, ctx.text[s:e])


_PLAIN = re.compile(rf"(?<=[{HAN}])(?<![0-9.,])([0-9]{{3,6}})(?=万元|万人|万|元|人|户|吨|亩|家|个|名|辆|台|套)")


@R.form("figure", "t7_bad_thousands_group")
def fig_bad_thousands(ctx: Ctx):
    """A thousands separator in the wrong place: 68,50万元, 1,23万人, 12，3456元, 4,5,00户."""
    site = ctx.pick_span(ctx.matches(_PLAIN))
    if site is None:
        return None
    s, e, m = site
    num = m.group(1)
    rng = ctx.rng
    comma = rng.choice([",", ",", "，"])
    cuts = [k for k in range(1, len(num)) if (len(num) - k) % 3 != 0]
    if not cuts:
        return None
    k = rng.choice(cuts)
    raw = num[:k] + comma + num[k:]
    return _flag(s, e, raw, num)


@R.form("figure", "t8_fraction_of_whole_count")
def fig_fraction_count(ctx: Ctx):
    """A count of whole things with a fraction, outside any breakdown: 培训12.8人, 建成2.4所."""
    cands = []
    for s, e, m in ctx.matches(rf"(?<=[{HAN}])(?<![0-9.,])([0-9]{{2,4}})([家名所户人项座])(?![次均])"):
        i = ctx.line_of(s)
        clause = re.split("[，。；：]", ctx.text[ctx.lines[i][0]:s])[-1]
        if _AVERAGE.search(clause):
            continue
        cands.append((s, e, m))
    site = ctx.pick_span(cands)
    if site is None:
        return None
    s, e, m = site
    num = m.group(1)
    k = ctx.rng.randrange(1, len(num))
    raw = num[:k] + "." + num[k:] + m.group(2)
    return _flag(s, e, raw, ctx.text[s:e])


_T4_WORDS = ("占比", "比例", "比重", "覆盖率", "普及率", "合格率", "达标率", "接种率", "参保率", "建档率", "满意率", "知晓率",
             "利用率", "完好率", "入网率", "上线率", "通达率", "保证率", "管理率", "处理率", "留用率")
_OTHER_SHARE = re.compile(rf"(占[^，。；0-9\n]{{1,12}}?的|[{HAN}]{{1,4}}率)([^，。；0-9\n%％]{{0,8}})([0-9]+(?:\.[0-9]+)?)[%％]")
_CAN_PASS = ("增长率", "完成率", "毛入学率", "贡献率", "执行率", "到位率", "使用率", "赤字率", "比率", "收益率", "利率")


@R.form("figure", "t9_share_over_100_other")
def fig_share_other(ctx: Ctx):
    """Another share above 100%: 占全国总数的135％, 县域内就诊率达到112%, 失业率为104.5%."""
    cands = []
    for s, e, m in ctx.matches(_OTHER_SHARE):
        word = m.group(1)
        if any(word.endswith(w) for w in _T4_WORDS + _CAN_PASS) or float(m.group(3)) > 100:
            continue
        if re.search("比|较|提高|增长|下降|上升|降低|增加|减少", m.group(2)):
            continue
        cands.append((s + m.start(3) - m.start(), e))
    site = ctx.pick_span(cands)
    if site is None:
        return None
    s, e = site
    rng = ctx.rng
    value = rng.choice([str(rng.randint(101, 250)), f"{rng.randint(101, 160)}.{rng.randint(1, 9)}"])
    raw = value + rng.choice(["%", "％"])
    return _flag(s, e, raw, ctx.text[s:e])


@R.form("figure", "t10_negative_count")
def fig_negative_count(ctx: Ctx):
    """A count of things with a minus sign: 新增-12家, 培训－300人, 建成−5所."""
    cands = [(s, e, m) for s, e, m in ctx.matches(rf"(?<=[{HAN}])(?<![第年月日])([0-9]{{1,5}})([家名所户人个项座台辆])(?!次)")]
    site = ctx.pick_span(cands)
    if site is None:
        return None
    s, e, m = site
    raw = ctx.rng.choice(["-", "-", "－", "\u2212"]) + ctx.text[s:e]
    return _flag(s, e, raw, ctx.text[s:e])


_WAN_AMOUNT = re.compile(rf"(?<=[{HAN}])(?<![0-9.,])([0-9]{{4,6}})(万元|万人|亿元|万吨|万亩|万户)")


@R.form("figure", "t11_misplaced_point_alone")
def fig_misplaced_point(ctx: Ctx):
    """A decimal point in the wrong place, standing alone: 12345万元 → 1.2345万元, 6850万元 → 68.5.0万元."""
    site = ctx.pick_span(ctx.matches(_WAN_AMOUNT))
    if site is None:
        return None
    s, e, m = site
    num, unit = m.groups()
    if ctx.rng.random() < 0.5:
        raw = num[0] + "." + num[1:] + unit  # four decimals of 万 or more
    else:
        k = ctx.rng.randrange(1, len(num) - 1)
        j = ctx.rng.randrange(k + 1, len(num))
        raw = num[:k] + "." + num[k:j] + "." + num[j:] + unit  # two decimal points
    return _flag(s, e, raw, ctx.text[s:e])


# ======================================================================================
# garbled (flag)


def _utf8_as_gbk(h: str):
    out = h.encode("utf-8").decode("gbk", errors="replace")
    return out if out != h else None


def _utf8_as_cp1252(h: str):
    b = h.encode("utf-8")
    out = "".join(bytes([x]).decode("cp1252", errors="ignore") or "\u00bf" for x in b)
    return out if out else None


@R.form("garbled", "t5_utf8_as_gbk")
def garbled_utf8_gbk(ctx: Ctx):
    """UTF-8 bytes read as GBK: 加强 → 鍔犲己 (odd byte counts leave a U+FFFD or a stray letter)."""
    return _garble(ctx, (2, 3, 4, 5), _utf8_as_gbk)


@R.form("garbled", "t6_utf8_as_cp1252")
def garbled_utf8_cp1252(ctx: Ctx):
    """UTF-8 bytes read as cp1252: 加强 → åŠ å¼º (undefined bytes dropped or shown as ¿)."""
    return _garble(ctx, (1, 2, 3), _utf8_as_cp1252)


@R.form("garbled", "t7_debug_fill")
def garbled_debug_fill(ctx: Ctx):
    """Debug fill of a broken conversion: 锟斤拷锟斤拷, 烫烫烫烫, 屯屯屯, 锟斤拷烫烫."""
    def make(h):
        rng = ctx.rng
        n = max(1, len(h) // 2)
        return rng.choice(["锟斤拷" * n, "烫" * (2 * n + 2), "屯" * (2 * n + 1), "锟斤拷" + "烫烫", "烫烫烫"])
    return _garble(ctx, (2, 3, 4), make)


_SYMBOLS = ["◆", "◇", "●", "※", "△", "▲", "★", "◎", "■", "＊", "＃", "�"]


@R.form("garbled", "t8_symbol_placeholders")
def garbled_symbols(ctx: Ctx):
    """Symbols standing for lost characters: 加强◆◆建设, 深化※※※改革, 推进●●, 开展＊＊."""
    def make(h):
        sym = ctx.rng.choice(_SYMBOLS[:-1])
        return sym * max(2, len(h))
    return _garble(ctx, (1, 2, 3), make)


@R.form("garbled", "t9_template_residue")
def garbled_template(ctx: Ctx):
    """Template or script residue where words belong: {{title}}, ${name}, undefined, null, NaN."""
    def make(h):
        rng = ctx.rng
        key = rng.choice(["title", "name", "content", "item.name", "data.orgName", "unit", "info.title"])
        return rng.choice(["{{" + key + "}}", "${" + key + "}", "undefined", "null", "NaN", "[object Object]",
                           "{{ " + key + " }}", "<%=" + key + "%>"])
    return _garble(ctx, (2, 3, 4), make)


@R.form("garbled", "t10_control_pictures")
def garbled_control_pictures(ctx: Ctx):
    """Control characters shown as control pictures inside a sentence: 加强␍␊建设, 推进␀␀工作."""
    gaps = ctx.han_gaps()
    p = ctx.pick_point(gaps)
    if p is None:
        return None
    rng = ctx.rng
    raw = rng.choice(["\u240d\u240a", "\u2400\u2400", "\u240a", "\u241b", "\u2408\u2408", "\u2409", "\u241a"])
    return Inj(p, p, raw, [Gold(0, len(raw), "garbled", "flag", raw, repair="", where="splice")])


@R.form("garbled", "t11_undecoded_escapes")
def garbled_escapes(ctx: Ctx):
    """Escape sequences left undecoded: \\u52a0\\u5f3a, \\xe5\\x8a\\xa0, %E5%8A%A0, &#x52a0 (no ;)."""
    def make(h):
        rng = ctx.rng
        style = rng.choice(["u", "U", "x", "pct", "ncr"])
        if style in ("u", "U"):
            return "".join(f"\\u{ord(c):04x}" if style == "u" else f"\\u{ord(c):04X}" for c in h)
        if style == "ncr":
            return "".join(f"&#x{ord(c):x}" for c in h)
        b = h.encode("utf-8")
        return "".join(f"\\x{x:02x}" for x in b) if style == "x" else "".join(f"%{x:02X}" for x in b)
    return _garble(ctx, (1, 2, 3), make)


# garbled forms of round 3: other decodings and residue seen on scraped pages


@R.form("garbled", "t12_gbk_as_shift_jis")
def garbled_gbk_sjis(ctx: Ctx):
    """GBK bytes read as Shift-JIS: half-width katakana mixed with kanji (加强 → 斜膽-like ｼﾓ runs)."""
    def make(h):
        out = h.encode("gbk").decode("shift_jis", errors="replace")
        return out if any("\uff61" <= c <= "\uff9f" for c in out) else None
    return _garble(ctx, (2, 3, 4, 5), make)


@R.form("garbled", "t13_double_utf8")
def garbled_double_utf8(ctx: Ctx):
    """UTF-8 decoded as cp1252 twice (double encoding): 工 → Ã¥Â·Â¥ (undefined bytes dropped)."""
    def once(s):
        return "".join(bytes([x]).decode("cp1252", errors="ignore") for x in s.encode("utf-8"))
    return _garble(ctx, (1, 2), lambda h: once(once(h)) or None)


@R.form("garbled", "t14_tofu_boxes")
def garbled_tofu(ctx: Ctx):
    """Characters a font lacked shown as boxes or geta marks: 加强□□建设, 推进〓〓, 开展▯▯."""
    def make(h):
        sym = ctx.rng.choice(["\u25a1", "\u3013", "\u25af", "\u2b1c", "\u25a2"])
        return sym * max(2, len(h))
    return _garble(ctx, (2, 3), make)


@R.form("garbled", "t15_html_tag_text")
def garbled_html_tag(ctx: Ctx):
    """An HTML tag or its attributes left as text inside a sentence:
    <span style="font-family:宋体">, </p>, class="MsoNormal", <br/>."""
    p = ctx.pick_point(ctx.han_gaps())
    if p is None:
        return None
    rng = ctx.rng
    font = rng.choice(["宋体", "仿宋_GB2312", "微软雅黑", "FangSong"])
    size = rng.choice(["16px", "12pt", "14.0pt", "3"])
    raw = rng.choice([f'<span style="font-family:{font};font-size:{size}">', "</span>", "</p>", "<br/>", "<br>",
                      f'<p class="MsoNormal" align="{rng.choice(["left", "center", "justify"])}">',
                      f'<font face="{font}" size="{size}">', "</font>", f'style="font-size:{size};line-height:150%"',
                      '<strong>', f'<p style="text-indent:2em">'])
    return Inj(p, p, raw, [Gold(0, len(raw), "garbled", "flag", raw, repair="", where="splice")])


@R.form("garbled", "t16_stray_combining_marks")
def garbled_combining(ctx: Ctx):
    """Combining marks hanging on Chinese characters (a broken decoder or a bad copy): 加\u0301\u0308强."""
    p = ctx.pick_point(ctx.han_gaps())
    if p is None:
        return None
    rng = ctx.rng
    raw = "".join(rng.choice(["\u0300", "\u0301", "\u0308", "\u0303", "\u0327", "\u0332", "\u20dd"])
                  for _ in range(rng.randint(1, 3)))
    return Inj(p, p, raw, [Gold(0, len(raw), "garbled", "flag", raw, repair="", where="splice")])


@R.form("garbled", "t17_gbk_as_big5")
def garbled_gbk_big5(ctx: Ctx):
    """GBK bytes read as Big5: 加强建设 → traditional-looking nonsense with a U+FFFD or a stray letter."""
    def make(h):
        out = h.encode("gbk").decode("big5", errors="replace")
        return out if ("\ufffd" in out or any(c.isascii() for c in out)) else None
    return _garble(ctx, (3, 4, 5), make)
