"""More TUNE forms (round 5 of issue 16): defect kinds derived from the causes of damage.

Registered into the TUNE registry of :mod:`forms_tune`; written without looking at the
held forms. See forms_tune.py for the helpers a form uses.
"""

from __future__ import annotations

from forms_tune import R  # noqa: F401  (forms register themselves on import)

import datetime
import re

from forms_common import Ctx, Gold, Inj
from forms_tune import _date_sites, _numbering, _protect

# ======================================================================================
# numbering (fix: the expected marker)


@R.form("numbering", "t26_marker_split_over_lines")
def num_split_over_lines(ctx: Ctx):
    """A marker broken by a line break a PDF copy put inside it: 二\\n、加强…, （\\n三）, （三\\n）,
    第\\n六条, 第六\\n条, 3\\n.加强… (the rest of the line follows the break)."""
    rng = ctx.rng

    def damage(m):
        cuts = [k for k in range(1, len(m.text)) if not (m.kind in ("chapter", "article") and k == len(m.text))]
        if not cuts:
            return None
        k = rng.choice(cuts)
        return m.text[:k] + "\n" + m.text[k:]
    return _numbering(ctx, ("cn_dun", "cn_paren", "ar_dot", "ar_paren", "chapter", "article"), damage)


@R.form("numbering", "t27_unit_lost")
def num_unit_lost(ctx: Ctx):
    """A 第X条 / 第X章 marker that lost its 第 or its 条 / 章 (a deleted character, an OCR drop):
    第六条 → 第六 / 六条, 第二章 → 二章."""
    def damage(m):
        return ctx.rng.choice([m.text[:-1], m.text[1:]])
    return _numbering(ctx, ("chapter", "article"), damage)


_UNIT_LOOKALIKE = {"条": "余朵杀", "章": "草竟童"}


@R.form("numbering", "t28_unit_lookalike")
def num_unit_lookalike(ctx: Ctx):
    """The unit of a 第X条 / 第X章 marker read as a look-alike by OCR: 第六余, 第六朵, 第二草, 第二竟."""
    def damage(m):
        return m.text[:-1] + ctx.rng.choice(_UNIT_LOOKALIKE[m.text[-1]])
    return _numbering(ctx, ("chapter", "article"), damage)


@R.form("numbering", "t29_dash_for_yi")
def num_dash_for_yi(ctx: Ctx):
    """The 一 of a marker's numeral read or typed as a dash or a katakana ー: 十-、, （二十－）,
    第十―条, 第ー章 (only numerals that hold 一)."""
    def damage(m):
        i = m.text.find("一")
        if i < 0:
            return None
        return m.text[:i] + ctx.rng.choice(["-", "－", "―", "ー"]) + m.text[i + 1:]
    return _numbering(ctx, ("cn_dun", "cn_paren", "chapter", "article"), damage)


@R.form("numbering", "t30_unit_doubled")
def num_unit_doubled(ctx: Ctx):
    """A marker's last character doubled by a key pressed twice: 第六条条, 第二章章, （三））, 3..加强…"""
    def damage(m):
        if m.kind == "ar_dot":
            return m.text + "."
        if m.kind in ("cn_paren", "ar_paren"):
            return m.text + "）"
        return m.text + m.text[-1]
    return _numbering(ctx, ("chapter", "article", "cn_paren", "ar_paren", "ar_dot"), damage)


# ======================================================================================
# dates (fix when one reading exists, else flag)

_OCR_DIGIT = {"0": "OoＯ", "1": "lI|"}


@R.form("dates", "t26_ocr_letter_digit")
def date_ocr_letter(ctx: Ctx):
    """A date figure read by OCR as a letter: 2O21年3月29日, 202l年, 3月1O日, 2021年1I月."""
    rng = ctx.rng
    sites = [x for x in _date_sites(ctx) if any(c in "01" for c in x[2].group(0))]
    site = ctx.pick_span(sites)
    if site is None:
        return None
    s, e, m = site
    base = m.group(0)
    spots = [i for i, c in enumerate(base) if c in "01"]
    i = rng.choice(spots)
    raw = base[:i] + rng.choice(_OCR_DIGIT[base[i]]) + base[i + 1:]
    return Inj(s, e, raw, [Gold(0, len(raw), "dates", "fix", base, where="inline")])


@R.form("dates", "t27_split_over_lines")
def date_split_over_lines(ctx: Ctx):
    """A date broken by a line break a PDF copy put inside it (the sentence goes on on the next
    line): 2021年\\n3月29日, 2021年3\\n月29日, 2021年3月\\n29日, 2021\\n年3月29日."""
    site = ctx.pick_span([x for x in _date_sites(ctx) if x[0] > ctx.lines[ctx.line_of(x[0])][0] + 2])
    if site is None:
        return None
    s, e, m = site
    base = m.group(0)
    cuts = [k for k in range(1, len(base)) if base[k - 1] in "年月" or base[k] in "年月"]
    k = ctx.rng.choice(cuts)
    raw = base[:k] + "\n" + base[k:]
    return Inj(s, e, raw, [Gold(0, len(raw), "dates", "fix", base, where="inline")])


_WEEK = "一二三四五六日"


@R.form("dates", "t28_weekday_mismatch")
def date_weekday_mismatch(ctx: Ctx):
    """A weekday typed after a date that the calendar does not give it (a notice copied from last
    year's, a slip): 2021年3月29日（星期二）, 3月29日(周三) (flagged: which one is wrong?)."""
    rng = ctx.rng
    site = ctx.pick_span(_date_sites(ctx))
    if site is None:
        return None
    s, e, m = site
    y, mo, d = (int(g) for g in m.groups())
    try:
        real = datetime.date(y, mo, d).weekday()
    except ValueError:
        return None
    wrong = rng.choice([k for k in range(7) if k != real])
    day = _WEEK[wrong]
    wd = rng.choice([f"（星期{day}）", f"(星期{day})", f"（周{day}）", f"，星期{day}，"])
    if wd.startswith("，") and ctx.text[e:e + 1] in "，。；、":
        return None
    base = m.group(0)
    raw = base + wd
    return Inj(s, e, raw, [Gold(0, len(raw), "dates", "flag", raw, repair=base, where="inline")])


@R.form("dates", "t29_figure_lost")
def date_figure_lost(ctx: Ctx):
    """A date that lost its whole day or month figure (OCR drop, an edit): 2021年3月日, 2021年月29日
    (flagged: the figure cannot be recovered)."""
    site = ctx.pick_span(_date_sites(ctx))
    if site is None:
        return None
    s, e, m = site
    y, mo, d = m.groups()
    raw = ctx.rng.choice([f"{y}年{mo}月日", f"{y}年月{d}日"])
    return Inj(s, e, raw, [Gold(0, len(raw), "dates", "flag", raw, repair=m.group(0), where="inline")])


@R.form("dates", "t30_figure_doubled")
def date_figure_doubled(ctx: Ctx):
    """A month or day figure with a digit doubled by a key pressed twice: 3月299日, 2021年113月,
    3月2299日 (flagged: which digit is the extra one?)."""
    rng = ctx.rng
    site = ctx.pick_span(_date_sites(ctx))
    if site is None:
        return None
    s, e, m = site
    y, mo, d = m.groups()
    if rng.random() < 0.5 and len(d) == 2 and d[0] != d[1]:
        k = rng.randrange(2)
        d = d[:k] + d[k] + d[k:]
    elif len(mo) >= 1:
        mo = mo + mo[-1] if len(mo) == 2 else mo * 2 + mo
    raw = f"{y}年{mo}月{d}日"
    if raw == m.group(0):
        return None
    return Inj(s, e, raw, [Gold(0, len(raw), "dates", "flag", raw, repair=m.group(0), where="inline")])


# ======================================================================================
# protected (keep)

_CN = "〇一二三四五六七八九"


def _cn_num(n: int) -> str:
    if n < 10:
        return _CN[n]
    return ("" if n < 20 else _CN[n // 10]) + "十" + ("" if n % 10 == 0 else _CN[n % 10])


@R.form("protected", "t5_cn_date_weekday")
def prot_cn_date_weekday(ctx: Ctx):
    """Correct dates the date rules must leave alone: a Chinese-numeral date (二〇二一年三月二十九日)
    and a date with its right weekday (2021年3月29日（星期一）)."""
    rng = ctx.rng
    y, mo, d = rng.randint(2015, 2025), rng.randint(1, 12), rng.randint(1, 28)
    cn = "".join(_CN[int(c)] for c in str(y)) + f"年{_cn_num(mo)}月{_cn_num(d)}日"
    wd = f"{y}年{mo}月{d}日（星期{_WEEK[datetime.date(y, mo, d).weekday()]}）"
    return rng.choice([
        lambda: _protect(ctx, f"原文件落款日期为{cn}。", [cn]),
        lambda: _protect(ctx, f"集中办理时间为{wd}上午。", [wd]),
    ])()


@R.form("protected", "t6_inline_articles_partial_dates")
def prot_inline_articles(ctx: Ctx):
    """Article references inside a sentence and partial dates: 依照本办法第十一条第二款, 第三节,
    每年3月至5月, 2021年3月, 3月份 (no 第X条 line, no full date)."""
    rng = ctx.rng
    art = f"第{_cn_num(rng.randint(2, 29))}条第{_cn_num(rng.randint(1, 4))}款"
    a, b = rng.randint(1, 6), rng.randint(7, 12)
    span = f"{a}月至{b}月"
    ym = f"{rng.randint(2018, 2025)}年{rng.randint(1, 12)}月"
    return rng.choice([
        lambda: _protect(ctx, f"依照本办法{art}的规定，于每年{span}集中办理。", [art, span]),
        lambda: _protect(ctx, f"相关工作已于{ym}启动，{a}月份起按月调度。", [ym, f"{a}月份"]),
    ])()
