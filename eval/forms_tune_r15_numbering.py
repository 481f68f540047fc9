"""More TUNE forms (round 15): numbering, written blind (before reading the numbering rules).

Shapes the earlier TUNE forms do not cover: a heading glued to the paragraph before through a space
or after a semicolon / colon (any level, 第X条 too); a marker or its numeral lost to ``?`` by a
codepage step; a numeral that GAINED a character (三、→十三、, 第五条→第十五条); a numeral character
doubled (三三、, 第六六条); an invisible character (zero-width space, BOM, soft hyphen, word joiner)
inside a marker; a Chinese marker with two slips at once (half-width or other-level punctuation AND
the previous number repeated). Protected: number lists at the head of a paragraph that are not
markers (1、2月份, 一、二级, 第三、四项, （一）至（三）项) and inline lists, legal citations and dated
names (12.4宪法日) that must stay as written.

Registered into the TUNE registry of :mod:`forms_tune`; see forms_tune.py for the helpers.
"""

from __future__ import annotations

from forms_tune import R  # noqa: F401  (forms register themselves on import)

from common import int_to_cn, marker_text
from forms_common import Ctx, Gold, Inj
from forms_tune_r6_num import _confirmed, _damage_confirmed, _protect_line

_LIST_KINDS = ("cn_dun", "cn_paren", "ar_dot", "ar_paren")
_CN_KINDS = ("cn_dun", "cn_paren", "article", "chapter")
_ALL = _LIST_KINDS + ("article", "chapter")


def _numeral_span(m) -> tuple[int, int]:
    """Offsets of the numeral inside the marker's text."""
    digits = "0123456789一二三四五六七八九十百"
    s = next(i for i, c in enumerate(m.text) if c in digits)
    e = s
    while e < len(m.text) and m.text[e] in digits:
        e += 1
    return s, e


# ======================================================================================
# numbering (fix: the expected marker)


@R.form("numbering", "t63_glued_through_gap")
def num_glued_through_gap(ctx: Ctx):
    """A heading glued to the paragraph before, its line break turned into a space, a full-width
    space, a no-break space or nothing, after 。 ； or ： (…全面完成。 （三）加强… / …落实到位；3.加强… /
    …如下：第六条　…) at any level, 第X条 and 第X章 too → the line break back."""
    rng = ctx.rng
    for m, prev, nxt in ctx.shuffled(_confirmed(ctx, _ALL)):
        if m.line < 2 or m.line - 1 not in ctx.body_range():
            continue
        prev_end = ctx.lines[m.line - 1][1]
        if ctx.text[prev_end - 1] not in "。；：" or ctx.text[prev_end] != "\n":
            continue
        s, e = prev_end - 1, m.end + 1
        if not ctx.free(s, e):
            continue
        sep = rng.choice([" ", "\u3000", "\u00a0", "  ", "\u3000\u3000", ""])
        raw = ctx.text[s:prev_end] + sep + ctx.text[m.start:e]
        inj = Inj(s, e, raw, [Gold(0, len(raw), "numbering", "fix", ctx.text[s:e], where="glued")])
        inj.reserve = [(prev.start, prev.end), (nxt.start, nxt.end)]
        return inj
    return None


@R.form("numbering", "t64_marker_lost_to_question_mark")
def num_lost_to_question(ctx: Ctx):
    """A marker, or its numeral, lost to ? by a codepage step (the page wrote ⑶ / ㈢ / a private-use
    glyph): ?加强… / ？加强… for the whole marker, （?） / (？) / ?、 / ??、 / ?. / 第?条 for the numeral
    → the expected marker (both neighbours confirm it)."""
    rng = ctx.rng

    def damage(m):
        q = rng.choice(["?", "？"])
        s, e = _numeral_span(m)
        whole = q + rng.choice(["", " "])
        numeral = m.text[:s] + q * rng.choice([1, 1, max(1, e - s)]) + m.text[e:]
        if m.kind in ("article", "chapter"):
            return numeral
        return rng.choice([whole, numeral, numeral])
    return _damage_confirmed(ctx, _ALL, damage)


@R.form("numbering", "t65_numeral_gained_char")
def num_gained_char(ctx: Ctx):
    """A Chinese numeral that GAINED a character (a stray key, an IME candidate, a copy of the line
    above): 三、→十三、 / 三十、, （四）→（十四）, 第五条→第十五条 / 第五十条, 十二、→二十二、 → the expected
    marker (both neighbours confirm the value)."""
    rng = ctx.rng

    def damage(m):
        s, e = _numeral_span(m)
        n = m.text[s:e]
        if m.value < 10:
            new = rng.choice(["十" + n, n + "十"])
        elif m.value < 20:
            new = rng.choice(["二", "一"]) + n
        else:
            return None
        return m.text[:s] + new + m.text[e:]
    return _damage_confirmed(ctx, _CN_KINDS, damage)


@R.form("numbering", "t66_numeral_char_doubled")
def num_char_doubled(ctx: Ctx):
    """A character of a Chinese numeral doubled (a key pressed twice, an OCR ghost): 三三、, （四四）,
    第六六条, 十十二、, （十二二） → the expected marker."""
    rng = ctx.rng

    def damage(m):
        s, e = _numeral_span(m)
        i = rng.randrange(s, e)
        return m.text[:i + 1] + m.text[i] + m.text[i + 1:]
    return _damage_confirmed(ctx, _CN_KINDS, damage)


_INVISIBLE = ["\u200b", "\u200c", "\u2060", "\ufeff", "\u00ad", "\u200d"]


@R.form("numbering", "t67_invisible_char_in_marker")
def num_invisible_char(ctx: Ctx):
    """An invisible character a CMS or an editor left INSIDE a marker (zero-width space, joiner,
    word joiner, BOM, soft hyphen): 三\\u200b、, （\\u2060三）, 3\\ufeff., 第六\\u00ad条, （1\\u200d）
    → the marker without it."""
    rng = ctx.rng

    def damage(m):
        i = rng.randrange(1, len(m.text))
        return m.text[:i] + rng.choice(_INVISIBLE) + m.text[i:]
    return _damage_confirmed(ctx, _ALL, damage)


@R.form("numbering", "t68_two_slips_chinese_marker")
def num_two_slips_cn(ctx: Ctx):
    """A Chinese-numeral marker with two slips at once: the previous number repeated (or the next one
    typed) AND the punctuation of another width or level: (二) / （二) / 二） for （三）; 二. / 二， /
    四． / （二） for 三、 → the expected marker in its list's style."""
    rng = ctx.rng

    def damage(m):
        cn = int_to_cn(m.value + rng.choice([-1, 1]))
        if m.kind == "cn_paren":
            return rng.choice([f"({cn})", f"（{cn})", f"({cn}）", f"{cn}）"])
        return rng.choice([f"{cn}.", f"{cn}，", f"{cn}．", f"{cn} "])
    return _damage_confirmed(ctx, ("cn_dun", "cn_paren"), damage)


# ======================================================================================
# protected: numbering that is right as it stands


@R.form("protected", "t_r15_num_head_number_lists")
def prot_head_number_lists(ctx: Ctx):
    """A paragraph that opens with a list of numbers that is not a marker: 1、2月份…, 一、二级预警…,
    第三、四项任务…, （一）至（三）项所列情形…, 3、4号楼… (the first number reads like a marker whose
    value the list around it may not expect)."""
    rng = ctx.rng
    a = rng.choice(["1、2月份", "3、4月份", "11、12月份", "1至2月份"])
    b = rng.choice(["一、二级", "三、四级", "二、三类"])
    c = rng.choice(["第三、四项", "第二、三款", "第五、六项"])
    d = rng.choice(["（一）至（三）项", "（二）（三）项", "第（一）项至第（四）项"])
    e = f"{rng.randint(1, 7)}、{rng.randint(8, 9)}号楼"
    return rng.choice([
        lambda: _protect_line(ctx, f"{a}，全市新开工项目{rng.randint(12, 80)}个，同比增长{rng.randint(2, 9)}%。", [a]),
        lambda: _protect_line(ctx, f"{b}预警信息由县级指挥部统一发布。", [b]),
        lambda: _protect_line(ctx, f"{c}任务由牵头单位于年底前完成。", [c]),
        lambda: _protect_line(ctx, f"{d}所列情形，由主管部门责令限期改正。", [d]),
        lambda: _protect_line(ctx, f"{e}的外立面改造已于上月完工。", [e]),
    ])()


@R.form("protected", "t_r15_num_citations_inline_lists")
def prot_citations_inline(ctx: Ctx):
    """Numbers that must stay as written although they sit where a marker could: a paragraph that
    opens with two cited articles of another law (第十二条、第十五条规定…), an inline list restarting
    at (1) inside a sentence, a dated name opening a paragraph (12.4国家宪法日…, 3.15消费者权益日…)."""
    rng = ctx.rng
    k = rng.randint(11, 40)
    arts = f"第{int_to_cn(k)}条、第{int_to_cn(k + rng.choice([2, 3, 5]))}条"
    inline = "；".join(f"{marker_text('ar_paren', i + 1)}{t}" for i, t in
                      enumerate(rng.sample(["申请书", "身份证明", "资质证书", "实施方案", "承诺函"], 3)))
    num, name = rng.choice([("12.4", "国家宪法日"), ("3.15", "消费者权益日"), ("6.26", "国际禁毒日")])
    return rng.choice([
        lambda: _protect_line(ctx, f"《中华人民共和国行政处罚法》{arts}对此已有明确规定。", [arts]),
        lambda: _protect_line(ctx, f"{arts}规定的情形，依照有关法律法规处理。", [arts]),
        lambda: _protect_line(ctx, f"申请人应当提交下列材料：{inline}。", [inline]),
        lambda: _protect_line(ctx, f"{num}{name}前后，各地集中开展主题宣传活动。", [num]),
    ])()
