"""More TUNE forms (round 10): dates and punct, written blind (before reading the rules of the family).

Registered into the TUNE registry of :mod:`forms_tune`; see forms_tune.py for the helpers a form uses.
"""

from __future__ import annotations

from forms_tune import R  # noqa: F401  (forms register themselves on import)

import re

from common import is_han
from forms_common import Ctx, Gold, Inj, is_digit
from forms_tune import _FULL_DATE, _date_sites, _protect, _readings

_FW = str.maketrans("0123456789", "０１２３４５６７８９")


def _doc_year(ctx: Ctx) -> int:
    return int((ctx.doc.meta.get("written_date") or "2021")[:4])


def _dgold(raw: str, base: str, one_reading: bool, rs: int = 0, re_: int | None = None):
    re_ = len(raw) if re_ is None else re_
    if one_reading:
        return Gold(rs, re_, "dates", "fix", base, where="inline")
    return Gold(rs, re_, "dates", "flag", raw[rs:re_], repair=base, where="inline")


# ======================================================================================
# dates (fix when the damaged date reads one way in the document's year, else flag)


_PERIOD = r"(?:度|底|初|末|上半年|下半年|以来|[0-9]{1,2}月)"


@R.form("dates", "t59_year_glued_in_heading")
def date_year_glued_heading(ctx: Ctx):
    """年 lost where the year meets 度 / 上半年 / a month in a title or an outline heading (a
    heading style that drops marks, a title typed in a hurry): 2021年度工作要点 → 2021度工作要点,
    2022年上半年 → 2022上半年, 2021年6月 → 20216月; sometimes in full-width digits."""
    heads = {0} | {mk.line for mk in ctx.markers}
    lines = [i for i in sorted(heads) if i < ctx.signature_line and not ctx.is_prose(i)]
    spans = [(s, e, m) for s, e, m in ctx.matches(r"(?<![0-9])(20[0-9]{2})年(?=" + _PERIOD + ")", lines)]
    site = ctx.pick_span(spans)
    if site is None:
        return None
    s, e, m = site
    y = m.group(1)
    raw = y.translate(_FW) if ctx.rng.random() < 0.3 else y
    return Inj(s, e, raw, [Gold(0, len(raw), "dates", "fix", ctx.text[s:e], where="inline")])


@R.form("dates", "t60_all_marks_lost_short")
def date_all_marks_lost_short(ctx: Ctx):
    """All three marks lost from an unpadded date with date context around it (a form field that
    strips non-digits): 于2021329前, 自202141起, 截至20211231， → 2021年3月29日 (flag when 2021111
    reads 1月11日 or 11月1日)."""
    cands = []
    for s, e, m in _date_sites(ctx, set("前起止，。；")):
        before = ctx.text[max(0, s - 2):s]
        if re.search("(于|自|至|在|从|到)$", before):
            cands.append((s, e, m))
    site = ctx.pick_span(cands)
    if site is None:
        return None
    s, e, m = site
    y, mo, d = m.groups()
    raw = f"{y}{mo}{d}"
    one = len(_readings(f"{mo}{d}", int(y))) == 1
    return Inj(s, e, raw, [_dgold(raw, ctx.text[s:e], one)])


@R.form("dates", "t61_locale_order_numeric")
def date_locale_order(ctx: Ctx):
    """A numeric date in an English or European order pasted from a foreign-locale form or a
    spreadsheet: 3/29/2021, 29/3/2021, 29.03.2021 → 2021年3月29日 (fix when only one order gives a
    date; flag 3/4/2021, which reads 3月4日 or 4月3日)."""
    site = ctx.pick_span(_date_sites(ctx))
    if site is None:
        return None
    s, e, m = site
    y, mo, d = (int(g) for g in m.groups())
    rng = ctx.rng
    if rng.random() < 0.5:
        raw = f"{mo}/{d}/{y}"
    else:
        sep = rng.choice(["/", ".", "-"])
        raw = f"{d:02d}{sep}{mo:02d}{sep}{y}" if rng.random() < 0.5 else f"{d}{sep}{mo}{sep}{y}"
    one = mo == d or mo > 12 or d > 12
    return Inj(s, e, raw, [_dgold(raw, ctx.text[s:e], one)])


@R.form("dates", "t62_date_in_heading_line")
def date_in_heading_line(ctx: Ctx):
    """A damaged date in an outline heading or another short line without sentence marks (a phase
    heading （2021年5月1日至5月15日）, a schedule line): 2021年51日 (月 lost), 2021年5月1 before
    至 or ）, 20215月1日 (年 lost) → 2021年5月1日 (flag 2021年111日)."""
    lines = [i for i in range(1, ctx.signature_line) if not ctx.is_prose(i)
             and not re.search(r"〔[0-9]{4}〕", ctx.lines[i][2])]
    site = ctx.pick_span(ctx.matches(_FULL_DATE, lines))
    if site is None:
        return None
    s, e, m = site
    y, mo, d = m.groups()
    base = ctx.text[s:e]
    how = ctx.rng.choice(["yue", "ri", "nian"])
    if how == "ri" and ctx.text[e:e + 1] not in ("至", "）", "—", "", "\n", "，"):
        how = "nian"
    if how == "yue":
        raw, one = f"{y}年{mo}{d}日", len(_readings(f"{mo}{d}", int(y))) == 1
    elif how == "ri":
        raw, one = f"{y}年{mo}月{d}", True
    else:
        raw, one = f"{y}{mo}月{d}日", True
    return Inj(s, e, raw, [_dgold(raw, base, one)])


@R.form("dates", "t63_month_day_numeric_context")
def date_month_day_numeric(ctx: Ctx):
    """A month-day date with no year typed with a separator where the document writes 月日, in a
    deadline or a start (于3/29前, 自5-1起, 截至9/30，): 于3月29日前 → fix; never a bare 3.29 (a
    decimal), only with the deadline words around it."""
    pat = re.compile(r"(?<=[于自至])(?<![0-9])([0-9]{1,2})月([0-9]{1,2})日(?=[前起止，])")
    spans = [(s, e, mm) for s, e, mm in ctx.matches(pat) if not is_digit(ctx.text[s - 1:s] or "a")]
    site = ctx.pick_span(spans)
    if site is None:
        return None
    s, e, mm = site
    sep = ctx.rng.choice(["/", "-", "／", "/"])
    raw = f"{mm.group(1)}{sep}{mm.group(2)}"
    return Inj(s, e, raw, [Gold(0, len(raw), "dates", "fix", ctx.text[s:e], where="inline")])


@R.form("dates", "t64_ri_lost_doubled_punct_quote")
def date_ri_lost_before_quote_or_space(ctx: Ctx):
    """日 lost and a blank left before the following word, or the 日 slipped after a full-width
    space (a justified cell): 2021年3月29 起 / 2021年3月29　前 / 2021年3月29 ，→ 2021年3月29日."""
    site = ctx.pick_span(_date_sites(ctx, set("起前止，。；")))
    if site is None:
        return None
    s, e, _ = site
    blank = ctx.rng.choice([" ", "\u3000", "\u00a0"])
    raw = ctx.text[s:e - 1] + blank
    return Inj(s, e, raw, [Gold(0, len(raw), "dates", "fix", ctx.text[s:e], where="inline")])


@R.form("protected", "t18_r10_date_shaped_names")
def prot_date_shaped_names(ctx: Ctx):
    """Correct figures that look like damaged dates: an event named by its date (“3·15”国际消费者
    权益日), a road number (329国道), a range of months (2021年1—3月), a date with its clock time
    (2021年3月29日14:30), a serial with 期 (2021年第3期)."""
    rng = ctx.rng
    y = _doc_year(ctx)
    mo, d = rng.randint(1, 12), rng.randint(10, 28)
    road = f"{rng.randint(104, 329)}国道"
    rg = f"{y}年1—{rng.randint(3, 9)}月"
    dt = f"{y}年{mo}月{d}日{rng.randint(8, 16)}:{rng.choice(['00', '30'])}"
    qi = f"{y}年第{rng.randint(2, 9)}期"
    return rng.choice([
        lambda: _protect(ctx, f"结合“3·15”国际消费者权益日开展集中宣传，{road}沿线同步设点。", ["“3·15”", road]),
        lambda: _protect(ctx, f"{rg}累计完成投资占年度计划的四成。", [rg]),
        lambda: _protect(ctx, f"调度会定于{dt}召开，相关材料刊发于《工作简报》{qi}。", [dt, qi]),
    ])()


@R.form("protected", "t19_r10_numbers_with_date_words")
def prot_numbers_date_words(ctx: Ctx):
    """Numbers standing where a date could stand, with date words around them, that are not dates:
    编号为2021032901的项目于年底前完成, 于20210329号文件印发前, 截至329个村, 自1231户起 (counts)."""
    rng = ctx.rng
    y = _doc_year(ctx)
    code = f"{y}{rng.randint(1, 12):02d}{rng.randint(10, 28)}{rng.randint(1, 99):02d}"
    cnt = f"{rng.randint(120, 329)}个"
    hh = f"{rng.randint(1100, 1231)}户"
    return rng.choice([
        lambda: _protect(ctx, f"编号为{code}的项目于年底前完成验收。", [code]),
        lambda: _protect(ctx, f"截至目前已覆盖{cnt}行政村，自{hh}起实行分批办理。", [cnt, hh]),
    ])()


# ======================================================================================
# punct (fix: the full-width mark)

_ASCII = {"，": ",", "；": ";", "：": ":", "（": "(", "）": ")", "。": ".", "！": "!", "？": "?"}


def _swap_marks(ctx: Ctx, s: int, e: int, ok) -> Inj | None:
    """Replace every mark of text[s:e] that ``ok(position)`` accepts by its ASCII twin."""
    raw, golds = "", []
    for p in range(s, e):
        ch = ctx.text[p]
        if ch in _ASCII and ok(p):
            golds.append(Gold(len(raw), len(raw) + 1, "punct", "fix", ch, where="inline"))
            raw += _ASCII[ch]
        else:
            raw += ch
    return Inj(s, e, raw, golds) if golds else None


def _between_figures(ctx: Ctx, p: int) -> bool:
    return is_digit(ctx.text[p - 1:p] or "a") and is_digit(ctx.text[p + 1:p + 2] or "a")


@R.form("punct", "t35_addressee_line_english_mode")
def punct_addressee_line(ctx: Ctx):
    """The 主送 line (or a 现将…通知如下 line's end) typed with the IME in English mode: every mark
    of the line ASCII, the brackets too: 各县(市)区卫健局,委直属各单位: (fix: each mark)."""
    lines = [i for i in range(1, min(4, ctx.signature_line))
             if ctx.lines[i][2].endswith("：") and len(ctx.lines[i][2]) < 40 and not ctx.is_prose(i, 40)]
    spans = [(ctx.lines[i][0], ctx.lines[i][1]) for i in lines]
    site = ctx.pick_span(spans)
    if site is None:
        return None
    return _swap_marks(ctx, site[0], site[1], lambda p: True)


@R.form("punct", "t36_paragraph_english_mode")
def punct_paragraph_english_mode(ctx: Ctx):
    """A whole paragraph typed with the IME in English mode: its commas, semicolons, colons,
    brackets and full stops all ASCII, next to figures, quotes and brackets alike (、“”《》 kept,
    they have no ASCII key): 2021年,全市完成投资48.6亿元,同比增长7.2%.下一步:… (fix: each mark;
    a mark between two figures is left, it would read as a thousands separator)."""
    cands = [i for i in ctx.prose_lines(30)]
    for i in ctx.shuffled(cands):
        s, e, line = ctx.lines[i]
        start = ctx.marker_end(i)
        if sum(c in _ASCII for c in line) < 3 or not ctx.free(start, e):
            continue
        return _swap_marks(ctx, start, e, lambda p: not _between_figures(ctx, p))
    return None


@R.form("punct", "t37_title_heading_ascii_marks")
def punct_title_heading(ctx: Ctx):
    """ASCII brackets or a colon in the title or an outline heading (a CMS title field typed in
    English mode): …实施方案(2022—2024年)》的通知 / 第四条　…包括以下内容: (fix: full-width)."""
    heads = {0} | {mk.line for mk in ctx.markers}
    spans = []
    for i in sorted(heads):
        if i >= ctx.signature_line:
            continue
        s, e, line = ctx.lines[i]
        if i in {mk.line for mk in ctx.markers} and ctx.is_prose(i):
            continue
        for m in re.finditer(r"（[^（）\n]{1,20}）", line):
            if m.start() > 3:
                spans.append((s + m.start(), s + m.end()))
        if line.endswith("：") and i > 0:
            spans.append((e - 1, e))
    site = ctx.pick_span(spans)
    if site is None:
        return None
    return _swap_marks(ctx, site[0], site[1], lambda p: ctx.text[p] in "（）：")


@R.form("punct", "t38_colon_before_figure_or_latin")
def punct_colon_before_figure(ctx: Ctx):
    """An ASCII colon between a Chinese label and a figure, a date or a Latin word (the IME was
    switched to type the figure and switched early): 联系电话:0571-… / 时间:2021年 / 目标:95% (fix:
    ：; a clock time 10:30 has figures on both sides and stays)."""
    spans = [(s, e) for s, e, _ in ctx.matches("：", range(1, ctx.signature_line))
             if is_han(ctx.text[s - 1]) and (is_digit(ctx.text[e:e + 1] or "a")
                                             or re.match(r"[A-Za-z“《（]", ctx.text[e:e + 1]))]
    site = ctx.pick_span(spans)
    if site is None:
        return None
    raw = ctx.rng.choice([":", ":", ": "])
    return Inj(site[0], site[1], raw, [Gold(0, len(raw), "punct", "fix", "：", where="inline")])


@R.form("punct", "t39_list_sentence_english_mode")
def punct_list_sentence(ctx: Ctx):
    """The sentence of an inline list (一是…；二是…, 包括：…，…) typed in English mode: its colon, commas and
    semicolons ASCII, some right after a figure or a closing mark: 重点抓好三项工作:一是…;二是… (fix:
    each mark; a mark between two figures is left)."""
    spans = []
    for i in ctx.prose_lines():
        s, e, line = ctx.lines[i]
        for m in re.finditer(r"[^。！？]*(?:一是|二是|：)[^。！？]*[。！？]?", line):
            if sum(c in "，；：" for c in m.group()) >= 2:
                spans.append((s + m.start(), s + m.end()))
    site = ctx.pick_span(spans)
    if site is None:
        return None
    return _swap_marks(ctx, site[0], site[1], lambda p: ctx.text[p] in "，；：" and not _between_figures(ctx, p))


@R.form("punct", "t40_ascii_mark_doubled_or_tripled")
def punct_ascii_doubled(ctx: Ctx):
    """An ASCII mark typed twice or a run of ASCII stops for an ellipsis or a stop (key bounce in
    English mode): 加强管理,,完善制度 / 到位;;二是 / 完成任务..下一步 (fix: one full-width mark;
    never three stops, that is an ellipsis)."""
    rng = ctx.rng
    mark = rng.choice(["，", "，", "；", "。"])
    spans = [(s, e) for s, e, _ in ctx.matches(mark) if s > 0 and is_han(ctx.text[s - 1])
             and is_han(ctx.text[e:e + 1] or "a")]
    site = ctx.pick_span(spans)
    if site is None:
        return None
    raw = _ASCII[mark] * (2 if mark == "。" else rng.choice([2, 2, 3]))  # "..." would read as an ellipsis
    return Inj(site[0], site[1], raw, [Gold(0, len(raw), "punct", "fix", mark, where="inline")])


@R.form("protected", "t20_r10_ascii_marks_in_values")
def prot_ascii_marks_values(ctx: Ctx):
    """ASCII marks that belong to values in Chinese sentences: a version with its build in ASCII
    brackets (V3.2.1(Build 1024)), a spreadsheet formula (=SUM(B2:B9)), an English title with a
    comma, a phone with an extension (0571-87654321-8001), a scale 1:2000."""
    rng = ctx.rng
    ver = f"V{rng.randint(2, 5)}.{rng.randint(0, 9)}.{rng.randint(1, 9)}(Build {rng.randint(1000, 9999)})"
    formula = f"=SUM(B2:B{rng.randint(9, 40)})"
    eng = rng.choice(["“Healthy China, Healthy People”", "“Safety First, Quality Always”"])
    tel = f"0571-8{rng.randint(1000000, 9999999)}-{rng.randint(8001, 8099)}"
    scale = f"1:{rng.choice([500, 2000, 10000])}"
    return rng.choice([
        lambda: _protect(ctx, f"系统升级至{ver}版本，合计栏按{formula}自动计算。", [ver, formula]),
        lambda: _protect(ctx, f"活动主题口号为{eng}，咨询电话{tel}。", [eng, tel]),
        lambda: _protect(ctx, f"规划图比例尺为{scale}，英文名称为Smart City (Phase II)。", [scale, "Smart City (Phase II)"]),
    ])()


@R.form("protected", "t21_r10_marks_near_figures_right")
def prot_marks_near_figures(ctx: Ctx):
    """Correct ASCII marks next to figures in Chinese text: thousands in a list (1,200人、3,450人),
    a clock range in a bracket （9:00-11:30）, a decimal section number 第3.2节, a chapter cited with
    a period (详见附件2.docx), a ratio of 3:2."""
    rng = ctx.rng
    a, b = f"{rng.randint(1, 9)},{rng.randint(100, 999)}", f"{rng.randint(1, 9)},{rng.randint(100, 999)}"
    clock = f"{rng.randint(8, 9)}:{rng.choice(['00', '30'])}-{rng.randint(11, 12)}:{rng.choice(['00', '30'])}"
    sec = f"{rng.randint(2, 6)}.{rng.randint(1, 9)}"
    return rng.choice([
        lambda: _protect(ctx, f"两批分别培训{a}人、{b}人，考试时间为上午{clock}。", [a, b, clock]),
        lambda: _protect(ctx, f"技术要求见规范第{sec}节，表格详见附件2.docx，男女比例约为3:2。", [sec, "附件2.docx", "3:2"]),
    ])()
