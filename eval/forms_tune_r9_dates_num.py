"""More TUNE forms (round 9): dates and numbering, written blind (before reading the rules of the family).

Registered into the TUNE registry of :mod:`forms_tune`; see forms_tune.py for the helpers a form uses.
"""

from __future__ import annotations

from forms_tune import R  # noqa: F401  (forms register themselves on import)

import re

from common import int_to_cn, marker_text
from forms_common import Ctx, Gold, Inj
from forms_tune import _date_sites, _numbering, _protect, _readings

_FW = str.maketrans("0123456789", "０１２３４５６７８９")
_SEPS = ["/", "-", ".", "／", "－", "．", "_"]


def _fix(s: int, e: int, raw: str, base: str):
    return Inj(s, e, raw, [Gold(0, len(raw), "dates", "fix", base, where="inline")])


def _flag(s: int, e: int, raw: str, base: str):
    return Inj(s, e, raw, [Gold(0, len(raw), "dates", "flag", raw, repair=base, where="inline")])


def _site(ctx: Ctx, follow=None):
    site = ctx.pick_span(_date_sites(ctx, follow))
    if site is None:
        return None
    s, e, m = site
    return s, e, m.group(0), tuple(m.groups())


def _one_or_flag(s, e, raw, base, mo, d, y):
    if len(_readings(f"{mo}{d}", int(y))) == 1:
        return _fix(s, e, raw, base)
    return _flag(s, e, raw, base)


# ======================================================================================
# dates (fix when the damaged date reads one way in the document's years, else flag)


@R.form("dates", "t50_fullwidth_eight_digits")
def date_fullwidth_eight(ctx: Ctx):
    """Eight figures YYYYMMDD typed in full-width digits (a CMS that widens every digit, an IME in
    full-width mode) in prose: 于２０２１０３２９前, 自２０２１０３２９起 → 2021年3月29日; sometimes
    with its 日 kept (２０２１０３２９日)."""
    site = _site(ctx)
    if site is None:
        return None
    s, e, base, (y, mo, d) = site
    raw = f"{y}{int(mo):02d}{int(d):02d}".translate(_FW) + ctx.rng.choice(["", "日"])
    return _fix(s, e, raw, base)


@R.form("dates", "t51_separator_compacted_md")
def date_separator_compacted(ctx: Ctx):
    """A numeric date whose month and day were compacted after one separator (a spreadsheet
    export, a date picker with a mask): 2021.0329, 2021-0329, 2021/0329日, 2021.329 (fix when
    one reading; 2021.111 is flagged)."""
    site = _site(ctx)
    if site is None:
        return None
    s, e, base, (y, mo, d) = site
    rng = ctx.rng
    sep = rng.choice(_SEPS[:6])
    if rng.random() < 0.5:
        return _fix(s, e, f"{y}{sep}{int(mo):02d}{int(d):02d}" + rng.choice(["", "日"]), base)
    return _one_or_flag(s, e, f"{y}{sep}{mo}{d}" + rng.choice(["", "日"]), base, mo, d, y)


@R.form("dates", "t52_fullwidth_marks_lost")
def date_fullwidth_marks_lost(ctx: Ctx):
    """A full-width date that lost a mark (an OCR of a wide-digit PDF): ２０２１年３２９日 (月 lost),
    ２０２１３月２９日 (年 lost), ２０２１年３月２９ before 起/前/punctuation (日 lost), ２０２１３２９日
    (年 and 月 lost); flag when the glued figures read two ways."""
    rng = ctx.rng
    how = rng.choice(["yue", "nian", "ri", "both"])
    site = _site(ctx, set("起前止，。、；") | {""} if how == "ri" else None)
    if site is None:
        return None
    s, e, base, (y, mo, d) = site
    w = lambda t: t.translate(_FW)  # noqa: E731
    if how == "nian":
        return _fix(s, e, f"{w(y)}{w(mo)}月{w(d)}日", base)
    if how == "ri":
        return _fix(s, e, f"{w(y)}年{w(mo)}月{w(d)}", base)
    raw = f"{w(y)}年{w(mo)}{w(d)}日" if how == "yue" else f"{w(y)}{w(mo)}{w(d)}日"
    return _one_or_flag(s, e, raw, base, mo, d, y)


@R.form("dates", "t53_short_year_compacted")
def date_short_year_compacted(ctx: Ctx):
    """A two-figure year and a lost mark together (a drafter's shorthand typed fast):
    21年329日, 21年3月29 before 起/punctuation, 21.3.29 → 2021年3月29日 (flag when 111 reads two ways)."""
    rng = ctx.rng
    how = rng.choice(["yue", "ri", "dots"])
    site = _site(ctx, set("起前止，。；") if how == "ri" else None)
    if site is None:
        return None
    s, e, base, (y, mo, d) = site
    if s > 0 and (ctx.text[s - 1].isdigit() or ctx.text[s - 1] in ".-/"):
        return None
    if how == "ri":
        return _fix(s, e, f"{y[2:]}年{mo}月{d}", base)
    if how == "dots":
        return _fix(s, e, f"{y[2:]}.{mo}.{d}", base)
    return _one_or_flag(s, e, f"{y[2:]}年{mo}{d}日", base, mo, d, y)


@R.form("dates", "t54_ri_lost_line_end")
def date_ri_lost_line_end(ctx: Ctx):
    """日 lost from a date that ends its line (a signature date, a 截止 line, a table cell the
    copy cut): …\\n2021年3月29\\n → 2021年3月29日; also with 号 kept as the mark elsewhere."""
    site = _site(ctx, {""})
    if site is None:
        return None
    s, e, base, (y, mo, d) = site
    return _fix(s, e, f"{y}年{mo}月{d}", base)


@R.form("dates", "t55_marks_lost_spaced_digits")
def date_marks_lost_spaced(ctx: Ctx):
    """Marks lost where a justified line had spread the figures (every figure spaced, the marks
    dropped by the copy): 2021 年 3 29 日, 2021 3 月 29 日 → 2021年3月29日 (flag when 3 29 could be
    read otherwise: never, the space keeps month and day apart)."""
    site = _site(ctx)
    if site is None:
        return None
    s, e, base, (y, mo, d) = site
    raw = ctx.rng.choice([f"{y} 年 {mo} {d} 日", f"{y} {mo} 月 {d} 日", f"{y}年 {mo} {d}日"])
    return _fix(s, e, raw, base)


@R.form("dates", "t56_hao_glued_fullwidth")
def date_eight_with_context_words(ctx: Ctx):
    """An eight-figure date where the page dropped all marks, glued after a date word
    (截至20210329, 时间：20210329, 日期20210329) or before 当天 / 以后 / 之前 → 2021年3月29日."""
    site = _site(ctx)
    if site is None:
        return None
    s, e, base, (y, mo, d) = site
    before = ctx.text[max(0, s - 3):s]
    if not re.search(r"(于|在|自|至|到|从|截至|截止|日期|时间|：)$", before) and ctx.text[e:e + 1] not in ("前", "起", "，", "。", "以", "之", "当"):
        return None
    return _fix(s, e, f"{y}{int(mo):02d}{int(d):02d}", base)


@R.form("protected", "t11_day_ranges_and_ids")
def prot_day_ranges_ids(ctx: Ctx):
    """Correct text a date repairer could take for a compacted date: a day range with one 日
    (3月1至15日), a building number (3月29号楼 is not a date: 3号楼), a record number (编号20210329001),
    a count after a year (2021年1329人次)."""
    rng = ctx.rng
    y = int((ctx.doc.meta.get("written_date") or "2021")[:4])
    mo, d1, d2 = rng.randint(1, 12), rng.randint(1, 9), rng.randint(12, 28)
    rg = f"{mo}月{d1}至{d2}日"
    num = f"{y}{mo:02d}{d2:02d}{rng.randint(100, 999)}"
    cnt = f"{y}年{rng.randint(1100, 1900)}人次"
    return rng.choice([
        lambda: _protect(ctx, f"集中受理时间为{rg}，逾期不再受理。", [rg]),
        lambda: _protect(ctx, f"案卷编号{num}已归档备查。", [num]),
        lambda: _protect(ctx, f"{cnt}参加了线上培训。", [cnt]),
    ])()


# ======================================================================================
# numbering (fix: the expected marker)

_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_FWD = str.maketrans("0123456789", "０１２３４５６７８９")


@R.form("numbering", "t43_circled_numeral")
def num_circled(ctx: Ctx):
    """One Arabic-level marker written as a circled number (Word's symbol list, a WPS 编号 style):
    ③加强… or ③、加强… or ③.加强… for 3. / （3） among its siblings → the expected marker."""
    rng = ctx.rng

    def damage(m):
        if m.value > 20:
            return None
        return _CIRCLED[m.value - 1] + rng.choice(["", "", "、", "."])
    return _numbering(ctx, ("ar_dot", "ar_paren"), damage)


@R.form("numbering", "t44_fullwidth_and_damaged")
def num_fullwidth_damaged(ctx: Ctx):
    """A full-width Arabic marker that also lost its point or a bracket, or repeats the one before
    (a wide-digit page with a slip): ３加强…, （３加强…, ３）加强…, ２．for 3. → 3. / （3）."""
    rng = ctx.rng

    def damage(m):
        num = str(m.value).translate(_FWD)
        how = rng.choice(["lost", "lost", "repeat"])
        if how == "repeat":
            prev = str(m.value - 1).translate(_FWD)
            return f"{prev}．" if m.kind == "ar_dot" else f"（{prev}）"
        if m.kind == "ar_dot":
            return num
        return rng.choice([f"（{num}", f"{num}）"])
    return _numbering(ctx, ("ar_dot", "ar_paren"), damage)


@R.form("numbering", "t45_empty_pair_wide_blank")
def num_empty_pair_wide(ctx: Ctx):
    """The numeral of a bracketed marker lost with a blank left in the pair (a numbering field
    that did not render): （　）, (　), (  ), 【】, ［］ for （三） / （3） → the expected marker."""
    rng = ctx.rng

    def damage(m):
        return rng.choice(["（\u3000）", "(\u3000)", "(  )", "【】", "［］", "（\u00a0）"])
    return _numbering(ctx, ("cn_paren", "ar_paren"), damage)


@R.form("numbering", "t46_dun_only_variants")
def num_dun_only(ctx: Ctx):
    """A Chinese-numeral heading whose numeral was lost, the 、 left in another shape: a
    half-width comma or point left (,加强… / .加强…), or 、 behind a full-width space (　、加强…)."""
    rng = ctx.rng

    def damage(m):
        return rng.choice([",", "，", "\u3000、", "、\u3000"])
    return _numbering(ctx, ("cn_dun",), damage)


@R.form("numbering", "t47_shi_marker_lost")
def num_shi_lost(ctx: Ctx):
    """An inline 一是…二是… list with one numeral lost or written in Arabic (a dictation slip, an
    editor that replaced numerals): 一是…是…三是…, 一是…2是…三是… → 二是."""
    rng = ctx.rng
    shi = re.compile(r"([一二三四五六七八九十]{1,2})是")
    cands = []
    for i in ctx.prose_lines():
        s, e, line = ctx.lines[i]
        vals = [(s + m.start(), s + m.end(), {int_to_cn(v): v for v in range(1, 20)}.get(m.group(1)))
                for m in shi.finditer(line)]
        for k in range(1, len(vals) - 1):
            (pa, pb, pv), (a, b, v), (na, nb, nv) = vals[k - 1], vals[k], vals[k + 1]
            if pv is not None and v == pv + 1 and nv == v + 1 and ctx.text[a - 1] in "，；。：":
                cands.append((a, b, v, (pa, pb), (na, nb)))
    for a, b, v, prev, nxt in ctx.shuffled(cands):
        if not ctx.free(a, b):
            continue
        raw = rng.choice(["是", f"{v}是", f"{int_to_cn(v)}时"])
        inj = Inj(a, b, raw, [Gold(0, len(raw), "numbering", "fix", ctx.text[a:b], where="inline")])
        inj.reserve = [prev, nxt]
        return inj
    return None


@R.form("numbering", "t48_dun_for_dot_arabic")
def num_arabic_mark_variants(ctx: Ctx):
    """An Arabic-level marker typed with a mark its list does not use AND off by one (two slips):
    2、 or 4、 for 3., (2) or (4) for （3）; the repair is the expected marker in its list's style."""
    rng = ctx.rng

    def damage(m):
        v = m.value + rng.choice([-1, 1])
        return f"{v}、" if m.kind == "ar_dot" else f"({v})"
    return _numbering(ctx, ("ar_dot", "ar_paren"), damage)


@R.form("protected", "t12_legit_restarts")
def prot_legit_restarts(ctx: Ctx):
    """Numbering that legitimately starts at 1 again and must stay as it is: an inline list of
    attachments (附件：1.… 2.…), an inline （1）…（2）… inside a sentence, circled items in a note."""
    rng = ctx.rng
    a = f"附件：1.{rng.choice(['申报表', '汇总表', '登记表'])}；2.{rng.choice(['承诺书', '名单', '说明'])}"
    b = f"（1）{rng.choice(['资料齐全', '程序规范'])}；（2）{rng.choice(['数据真实', '结论明确'])}"
    c = f"①{rng.choice(['身份证明', '申请书'])}；②{rng.choice(['营业执照', '授权书'])}"
    return rng.choice([
        lambda: _protect(ctx, f"{a}。", [a]),
        lambda: _protect(ctx, f"验收要求为{b}。", [b]),
        lambda: _protect(ctx, f"需提交材料包括{c}。", [c]),
    ])()
