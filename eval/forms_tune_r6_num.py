"""More TUNE forms (round 6 of issue 16): defect kinds written first without reading the rules.

Registered into the TUNE registry of :mod:`forms_tune`; written without looking at the
held forms. See forms_tune.py for the helpers a form uses.
"""

from __future__ import annotations

from forms_tune import R  # noqa: F401  (forms register themselves on import)

import re

from common import int_to_cn, marker_text
from forms_common import Ctx, Gold, Inj

# ======================================================================================
# numbering (fix: the expected marker; every form here damages a marker whose two
# neighbours of the same list agree on its value, so a careful editor has one repair)

_RANK = {"chapter": 0, "cn_dun": 0, "article": 1, "cn_paren": 2, "ar_dot": 3, "ar_paren": 4}
_CN_KINDS = ("cn_dun", "cn_paren", "chapter", "article")
_ALL_KINDS = ("cn_dun", "cn_paren", "ar_dot", "ar_paren", "chapter", "article")


def _confirmed(ctx: Ctx, kinds, need_next: bool = True):
    """(marker, previous sibling, next sibling): prev = value - 1 and next = value + 1 with no
    marker of a higher level between them, so both sides of the list agree on the value."""
    out = []
    ms = ctx.markers
    for i, m in enumerate(ms):
        if m.kind not in kinds or m.line == 0:
            continue
        prev = nxt = None
        for p in reversed(ms[:i]):
            if _RANK[p.kind] < _RANK[m.kind]:
                break
            if p.kind == m.kind:
                prev = p
                break
        for n in ms[i + 1:]:
            if _RANK[n.kind] < _RANK[m.kind]:
                break
            if n.kind == m.kind:
                nxt = n
                break
        if nxt is None and not need_next:
            nxt = prev  # the last item of its list: the previous sibling alone sets the count
        if prev and nxt and prev.value == m.value - 1 and (nxt is prev or nxt.value == m.value + 1):
            out.append((m, prev, nxt))
    return out


def _damage_confirmed(ctx: Ctx, kinds, damage, need_next: bool = True):
    """Replace one confirmed marker by ``damage(m)`` (None: no site); the gold is the marker."""
    for m, prev, nxt in ctx.shuffled(_confirmed(ctx, kinds, need_next)):
        if not ctx.free(m.start, m.end):
            continue
        raw = damage(m)
        if raw is None or raw == m.text:
            continue
        inj = Inj(m.start, m.end, raw, [Gold(0, len(raw), "numbering", "fix", m.text, where="line")])
        inj.reserve = [(prev.start, prev.end), (nxt.start, nxt.end)]
        return inj
    return None


def _swap_numeral(m, new_num: str) -> str:
    num = re.search(r"[0-9一二三四五六七八九十百]+", m.text)
    return m.text[:num.start()] + new_num + m.text[num.end():]


_CAPITAL = dict(zip("一二三四五六七八九十", "壹贰叁肆伍陆柒捌玖拾"))


@R.form("numbering", "t31_capital_numeral")
def num_capital_numeral(ctx: Ctx):
    """One marker's numeral in financial capitals (大写) while its siblings keep 一二三: 叁、, （肆）,
    第拾贰条, 拾壹、 (a converter's or an input method's 大写 option applied to one heading)."""
    def damage(m):
        num = int_to_cn(m.value)
        if any(c not in _CAPITAL for c in num):
            return None
        return _swap_numeral(m, "".join(_CAPITAL[c] for c in num))
    return _damage_confirmed(ctx, _CN_KINDS, damage)


@R.form("numbering", "t32_converter_numeral")
def num_converter_numeral(ctx: Ctx):
    """A numeral of ten or more written the way a number converter spells it: digit by digit
    (一二、 for 十二、, （一〇） for （十）, 第一五条) or with an explicit 一 (一十二、, （一十））."""
    rng = ctx.rng

    def damage(m):
        if not 10 <= m.value < 100:
            return None
        digits = "〇一二三四五六七八九"
        if rng.random() < 0.5 or m.value >= 20:
            new = "".join(digits[int(c)] for c in str(m.value))
        else:
            new = "一" + int_to_cn(m.value)
        return _swap_numeral(m, new)
    return _damage_confirmed(ctx, _CN_KINDS, damage)


@R.form("numbering", "t33_traditional_unit")
def num_traditional_unit(ctx: Ctx):
    """A 第X条 line pasted from a traditional-character source: 第十二條 among simplified siblings."""
    def damage(m):
        if m.kind == "article":
            return m.text[:-1] + "條"
        return None
    return _damage_confirmed(ctx, ("article",), damage)


_BULLETS = ["●", "·", "■", "◆", "•", "▲", "★", "○", "-", "◇", "※"]


@R.form("numbering", "t34_bullet_before_marker")
def num_bullet_before(ctx: Ctx):
    """A list bullet an HTML <li> or a Word list style left in front of a whole marker:
    ●三、加强…, · （二）…, ■ 3.…, ◆第六条 (the marker itself is right)."""
    rng = ctx.rng
    return _damage_confirmed(ctx, _ALL_KINDS, lambda m: rng.choice(_BULLETS) + rng.choice(["", " ", "\u3000", "\t"]) + m.text)


@R.form("numbering", "t35_autonumber_prefix")
def num_autonumber_prefix(ctx: Ctx):
    """Word's automatic list number copied in front of the typed marker: 3.\\t三、加强…, 3)（三）…,
    (3) 第三条, 3、三、 (the automatic number counts the same items, so it carries the same value)."""
    rng = ctx.rng

    def damage(m):
        n = m.value
        auto = rng.choice([f"{n}.", f"{n})", f"({n})", f"{n}、", f"{n}．"])
        return auto + rng.choice(["\t", " ", "  ", ""]) + m.text
    return _damage_confirmed(ctx, _CN_KINDS, damage)


def _last_before(ctx: Ctx, kind: str, pos: int):
    last = None
    for n in ctx.markers:
        if n.start >= pos:
            break
        if n.kind == kind:
            last = n
    return last


@R.form("numbering", "t36_level_style_swap")
def num_level_style_swap(ctx: Ctx):
    """A heading typed in the style of the other level: 三、 for （三） between （二） and （四）, or
    （三） for 三、 between 二、 and 四、 (only where the other level's list could not take that number)."""
    def damage(m):
        other = "cn_dun" if m.kind == "cn_paren" else "cn_paren"
        last = _last_before(ctx, other, m.start)
        if last is not None and last.value == m.value - 1:
            return None  # the other level's list could take this number: two readings
        return marker_text(other, m.value)
    return _damage_confirmed(ctx, ("cn_dun", "cn_paren"), damage)


@R.form("numbering", "t37_stray_digit_glued")
def num_stray_digit_glued(ctx: Ctx):
    """A page or line number of a PDF copy glued in front of an Arabic marker's numeral: 13. for 3.,
    （73） for （3） (a leading digit only, between siblings 2. and 4.)."""
    rng = ctx.rng

    def damage(m):
        if m.value >= 10:
            return None
        d = str(rng.randint(1, 9))
        return _swap_numeral(m, d + str(m.value))
    return _damage_confirmed(ctx, ("ar_dot", "ar_paren"), damage, need_next=False)


@R.form("numbering", "t38_ordinal_prefix")
def num_ordinal_prefix(ctx: Ctx):
    """A marker typed with an ordinal 第 its siblings lack: 第三、加强…, （第三）…, 第3.…"""
    return _damage_confirmed(ctx, ("cn_dun", "cn_paren", "ar_dot"),
                             lambda m: m.text[0] + "第" + m.text[1:] if m.text[0] == "（" else "第" + m.text)


_HOMOPHONE = {"一": "以已亿衣", "二": "而儿尔", "三": "山伞散", "四": "是寺似死", "五": "午吴武舞",
              "六": "陆溜", "七": "其期起齐", "八": "吧把巴", "九": "就久酒", "十": "是时事石"}
_UNIT_HOMOPHONE = {"条": "调跳挑", "章": "张掌账"}


@R.form("numbering", "t39_ime_homophone")
def num_ime_homophone(ctx: Ctx):
    """A pinyin input method's wrong candidate in a marker: （是）for （四）, 山、 for 三、, 第六调 for
    第六条, 第二张 for 第二章 (one character of the numeral or the unit)."""
    rng = ctx.rng

    def damage(m):
        spots = [i for i, c in enumerate(m.text) if c in _HOMOPHONE or (c in _UNIT_HOMOPHONE and i == len(m.text) - 1)]
        if not spots:
            return None
        i = rng.choice(spots)
        c = m.text[i]
        return m.text[:i] + rng.choice((_HOMOPHONE.get(c) or _UNIT_HOMOPHONE[c])) + m.text[i + 1:]
    return _damage_confirmed(ctx, _CN_KINDS, damage)


@R.form("numbering", "t40_restarted_at_one")
def num_restarted_at_one(ctx: Ctx):
    """A list numbering restarted by Word's 'restart numbering' in the middle of a list: 一、二、一、四、,
    （一）（二）（一）（四）, 1. 2. 1. 4. (the marker after it confirms the count went on)."""
    return _damage_confirmed(ctx, _ALL_KINDS, lambda m: marker_text(m.kind, 1) if m.value >= 3 else None)


@R.form("numbering", "t41_letter_list_style")
def num_letter_list_style(ctx: Ctx):
    """One Arabic-level item numbered by a letter list style: c. for 3., （c） for （3）, C． for 3.
    (siblings 2. and 4. keep their digits)."""
    rng = ctx.rng

    def damage(m):
        if m.value > 12:
            return None
        letter = "abcdefghijkl"[m.value - 1]
        return _swap_numeral(m, letter.upper() if rng.random() < 0.3 else letter)
    return _damage_confirmed(ctx, ("ar_dot", "ar_paren"), damage, need_next=False)


_ROMAN = ["Ⅰ", "Ⅱ", "Ⅲ", "Ⅳ", "Ⅴ", "Ⅵ", "Ⅶ", "Ⅷ", "Ⅸ", "Ⅹ", "Ⅺ", "Ⅻ"]
_ROMAN_ASCII = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


@R.form("numbering", "t42_roman_numeral")
def num_roman_numeral(ctx: Ctx):
    """A numeral written in Roman numerals by an upper-roman list style or a symbol palette: Ⅲ、 for
    三、, 第Ⅱ章, （IV） for （四） (one marker; its siblings keep Chinese numerals)."""
    rng = ctx.rng

    def damage(m):
        if m.value > 12:
            return None
        return _swap_numeral(m, rng.choice([_ROMAN, _ROMAN_ASCII])[m.value - 1])
    return _damage_confirmed(ctx, _CN_KINDS, damage)


# ======================================================================================
# protected: correct text that looks like a damaged marker


def _protect_line(ctx: Ctx, line: str, tokens: list[str]):
    """Insert ``line`` as a paragraph of its own after a prose paragraph (between markers)."""
    ends = [ctx.lines[i][1] for i in ctx.prose_lines() if ctx.text[ctx.lines[i][1] - 1] == "。"]
    p = ctx.pick_point(ends)
    if p is None:
        return None
    raw = "\n" + line
    golds, pos = [], 0
    for tok in tokens:
        k = raw.index(tok, pos)
        golds.append(Gold(k, k + len(tok), "protected", "keep", tok, where="line"))
        pos = k + len(tok)
    return Inj(p, p, raw, golds)


@R.form("protected", "t7_line_head_numeral_words")
def prot_line_head_numeral_words(ctx: Ctx):
    """A paragraph that opens with numeral words, not a marker: 三、四月份是…, 一二年级…, 十一、十二月…,
    第三、第四季度…"""
    rng = ctx.rng
    a = rng.choice(["三、四月份", "五、六月份", "十一、十二月份", "七、八月间"])
    b = rng.choice(["一二年级", "三四年级", "一二线城市"])
    c = rng.choice(["第三、第四季度", "第一、第二批次"])
    return rng.choice([
        lambda: _protect_line(ctx, f"{a}是项目集中开工的关键时期，各地要提前做好准备。", [a]),
        lambda: _protect_line(ctx, f"{b}学生的课后服务由各校统筹安排。", [b]),
        lambda: _protect_line(ctx, f"{c}将视进度分批组织验收。", [c]),
    ])()


@R.form("protected", "t8_line_head_figures_and_codes")
def prot_line_head_figures(ctx: Ctx):
    """A paragraph that opens with a figure or a code that looks like an Arabic marker: 3.5万亩…,
    12.3%的…, 2025年…, (2)号楼…, Ⅲ类水质…"""
    rng = ctx.rng
    x = f"{rng.randint(1, 9)}.{rng.randint(1, 9)}万亩"
    y = f"{rng.randint(10, 40)}.{rng.randint(1, 9)}%"
    z = rng.choice(["Ⅲ类", "Ⅱ类", "Ⅳ类"])
    return rng.choice([
        lambda: _protect_line(ctx, f"{x}高标准农田已全部完成验收。", [x]),
        lambda: _protect_line(ctx, f"{y}的受访企业表示政策兑现及时。", [y]),
        lambda: _protect_line(ctx, f"{z}水体比例较上年有所提高。", [z]),
    ])()
