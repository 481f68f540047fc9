"""More TUNE forms (round 17): punct and quote, written blind (before reading their rules).

Theme: repairs that must come out exactly as GB/T 15834-2011 (标点符号用法) prescribes, not only
be touched. The shapes are ones that real pages and typography tools show and the earlier forms
did not:

quote (fix): a title nested in a title whose inner marks were typed as ASCII less-than signs,
full-width ＜＞, single guillemets or a second 《》 (GB/T 15834 4.15.3: outer 《》, inner 〈〉:
《关于印发〈…〉的通知》, the shape of every 印发/转发 notice); an inner quotation inside “…” whose
single marks point the wrong way or repeat (’两山‘, ‘两山‘: fix ‘两山’); a quotation nested the
British way, ‘…“…”…’ (4.5.3.2: fix “…‘…’…”, all four marks).

punct (fix): full-width marks inside a URL or an e-mail address (an IME left in Chinese mode:
www．jl．gov．cn, jlwjw＠163．com, http：／／; pangu-style normalisers turn these back to ASCII,
and crawled pages show them); a full-width dot before a file's extension (附件1．docx); a single em
or en dash with an English editor's blanks beside it between two Chinese clauses, which is a
破折号 (——, 4.9), not a spaced 一字线 (the tool turned " — " into a lone —).

Left out on purpose: hyphen ranges (3-5个, 9:00-12:00, 6-8月). GB/T 15834 4.13.3.2-3 sets them ～ or —,
but the project's protected forms keep them as written (t1_times, t21_r10, r8, r7).

protected (keep): hyphens GB/T and GB/T 15835 keep short (phone and fax numbers, figure and table
numbers 图3-1 / 表2-3, standard numbers, model codes), right ranges (3～5个, 2021—2025年), a right
nested title, ASCII URLs and e-mails beside full-width marks, an English string with its own
ellipsis, a clock time and a map ratio.

Registered into the TUNE registry of :mod:`forms_tune`; see forms_tune.py for the helpers.
"""

from __future__ import annotations

from forms_common import Ctx, Gold, Inj
from forms_tune import R, _protect
from forms_tune_r16_marks import _append

LQ, RQ, LS, RS = "\u201c", "\u201d", "\u2018", "\u2019"
EM, WAVE = "\u2014", "\uff5e"
LT, RT = "\u3008", "\u3009"  # 〈 〉 single book-title marks

_CITIES = ["江岭市", "青川县", "临溪区", "云港市"]
_INNER_TITLES = ["安全生产专项整治三年行动实施方案", "城乡居民基本医疗保险办法", "农村人居环境整治提升五年行动方案",
                 "优化营商环境若干措施", "中小学校安全管理规定", "生态环境保护督察整改方案"]


# ======================================================================================
# quote


_INNER_PAIRS = [("<", ">"), ("<", ">"), ("\uff1c", "\uff1e"), ("\u300a", "\u300b"), ("\u2039", "\u203a")]


@R.form("quote", "t170_nested_title_inner_angles")
def quote_nested_title_inner(ctx: Ctx):
    """A title nested in a title (a 印发/转发 notice) with its inner marks typed as ASCII < >,
    full-width ＜ ＞, single guillemets ‹ › or a second 《 》: 《关于印发<…实施方案>的通知》 (fix:
    GB/T 15834 4.15.3, outer 《》 and inner 〈〉). Sometimes two inner titles."""
    rng = ctx.rng
    a, b = rng.choice(_INNER_PAIRS)
    city = rng.choice(_CITIES)
    t1, t2 = rng.sample(_INNER_TITLES, 2)
    if rng.random() < 0.3:
        inner = f"{a}{city}{t1}{b}和{a}{city}{t2}{b}"
    else:
        inner = f"{a}{city}{t1}{b}"
    verb = rng.choice(["印发", "转发", "印发", "修订"])
    lead = rng.choice(["按照", "根据", "认真落实", "对照"])
    sentence = f"{lead}《关于{verb}{inner}的通知》要求，{rng.choice(['逐项抓好落实', '细化工作措施', '按期报送进展情况'])}。"
    start = sentence.index("《") + 1
    end = sentence.rindex("》")
    golds = [(k, k + 1, "quote", LT if c == a else RT) for k, c in enumerate(sentence[start:end], start)
             if c in (a, b)]
    return _append(ctx, sentence, golds)


_WRONG_SINGLES = [(RS, LS), (LS, LS), (RS, RS), ("\u201b", RS)]


@R.form("quote", "t171_inner_single_wrong_way")
def quote_inner_single_wrong(ctx: Ctx):
    """An inner quotation inside “…” whose single marks point the wrong way or repeat (a converter
    that flips or duplicates the pair): “要坚持’两山‘理念” / ‘两山‘ / ’两山’ / ‛两山’ (fix: ‘两山’)."""
    rng = ctx.rng
    a, b = rng.choice(_WRONG_SINGLES)
    term = rng.choice(["两山", "放管服", "最多跑一次", "一网通办", "两个维护", "四下基层"])
    tail = rng.choice(["理念", "改革", "要求", "工作机制"])
    who = rng.choice(["会议强调", "通知要求", "讲话指出"])
    body = rng.choice([f"要坚持{a}{term}{b}{tail}，推动各项工作落地见效",
                       f"{a}{term}{b}{tail}必须贯穿工作全过程",
                       f"要持续深化{a}{term}{b}{tail}"])
    sentence = f"{who}，{LQ}{body}{RQ}。"
    k = sentence.index(term)
    golds = []
    if a != LS:
        golds.append((k - 1, k, "quote", LS))
    if b != RS:
        golds.append((k + len(term), k + len(term) + 1, "quote", RS))
    return _append(ctx, sentence, golds)


@R.form("quote", "t174_nesting_levels_swapped")
def quote_nesting_swapped(ctx: Ctx):
    """A quotation nested the British way, single marks outside and double ones inside (an editor
    trained on English copy): 会议强调，‘要坚持“两山”理念，…’ (fix: GB/T 15834 4.5.3.2, “…‘…’…”:
    all four marks)."""
    rng = ctx.rng
    term = rng.choice(["两山", "放管服", "最多跑一次", "一网通办", "两个维护", "四下基层"])
    who = rng.choice(["会议强调", "通知要求", "讲话指出"])
    body = rng.choice([f"要坚持{{a}}{term}{{b}}理念，推动各项工作落地见效", f"要持续深化{{a}}{term}{{b}}改革",
                       f"{{a}}{term}{{b}}要求必须贯穿工作全过程"])
    sentence = f"{who}，{LS}{body.format(a=LQ, b=RQ)}{RS}。"
    marks = {LS: LQ, RS: RQ, LQ: LS, RQ: RS}
    return _append(ctx, sentence, [(k, k + 1, "quote", marks[c]) for k, c in enumerate(sentence) if c in marks])


# ======================================================================================
# punct


_FW_OF = {".": "\uff0e", "/": "\uff0f", ":": "\uff1a", "@": "\uff20", "_": "\uff3f", "-": "\uff0d"}


def _widen_some(rng, ascii_text: str, marks: str) -> tuple[str, list[tuple[int, str]]]:
    """``ascii_text`` with some of its ``marks`` turned full-width (at least one); the positions
    and the ASCII each must return to."""
    pos = [i for i, c in enumerate(ascii_text) if c in marks]
    chosen = set(rng.sample(pos, rng.randint(1, len(pos)))) if rng.random() < 0.5 else set(pos)
    out = "".join(_FW_OF[c] if i in chosen else c for i, c in enumerate(ascii_text))
    return out, [(i, ascii_text[i]) for i in sorted(chosen)]


@R.form("punct", "t172_fullwidth_marks_in_url_email")
def punct_fullwidth_in_url(ctx: Ctx):
    """A URL or an e-mail address typed with the IME in Chinese mode, so some or all of its dots,
    slashes, colon, at sign or underscore are full-width: www．jl．gov．cn, jlwjw＠163．com,
    http：／／zwfw.jl.gov.cn (fix: the ASCII mark; the Chinese marks around it stay)."""
    rng = ctx.rng
    stem = rng.choice(["jl", "qc", "lx", "yg"])
    kind = rng.choice(["url", "url", "mail"])
    if kind == "url":
        ascii_text = rng.choice([f"http://www.{stem}.gov.cn", f"https://zwfw.{stem}.gov.cn/col/index.html",
                                 f"www.{stem}wjw.gov.cn"])
        marks = ".:/"
        sentence = rng.choice(["详情请登录{}查询。", "办事指南已在{}公布，欢迎社会各界监督。",
                               "申报材料可通过江岭市政务服务网（{}）在线提交。"])
    else:
        ascii_text = rng.choice([f"{stem}wjw@163.com", f"{stem}_yjj@{stem}.gov.cn", f"zfxxgk{rng.randint(10, 99)}@126.com"])
        marks = ".@_"
        sentence = rng.choice(["监督邮箱：{}，受理时间为工作日。", "请于{}月底前将材料发送至{}。".replace("{}月", f"{rng.randint(3, 11)}月")])
    shown, fixes = _widen_some(rng, ascii_text, marks)
    k = sentence.index("{}")
    sentence = sentence.replace("{}", shown)
    return _append(ctx, sentence, [(k + i, k + i + 1, "punct", c) for i, c in fixes])


_EXTENSIONS = [".docx", ".doc", ".xlsx", ".pdf", ".wps"]


@R.form("punct", "t173_fullwidth_dot_before_extension")
def punct_file_extension_dot(ctx: Ctx):
    """A file name whose extension dot was typed full-width (the IME in Chinese mode): 附件1．docx,
    《申报表》．xlsx, 实施方案（2023年修订）．pdf (fix: the ASCII dot; the name's Chinese marks stay)."""
    rng = ctx.rng
    ext = rng.choice(_EXTENSIONS)
    name = rng.choice([f"附件{rng.randint(1, 5)}", "《项目申报表》", "实施方案（2023年修订）", "汇总表"])
    sentence = rng.choice([f"请于{rng.randint(3, 11)}月底前将{name}{{}}报送至市局办公室。",
                           f"具体要求详见{name}{{}}，逾期不予受理。"])
    k = sentence.index("{}")
    sentence = sentence.replace("{}", "\uff0e" + ext[1:])
    return _append(ctx, sentence, [(k, k + 1, "punct", ".")])


_SPACED = [" {} ", " {} ", "\u3000{}\u3000", " {}", "{} "]


@R.form("punct", "t175_spaced_single_dash")
def punct_spaced_dash(ctx: Ctx):
    """A 破折号 typed the English way, a single em or en dash with blanks on both sides (or one),
    between two Chinese clauses: 加强队伍建设 — 这是做好工作的根本保障 (fix: ——, the blanks go)."""
    rng = ctx.rng
    dash = rng.choice([EM, EM, "\u2013"])
    gap = rng.choice(_SPACED).format(dash)
    head = rng.choice(["加强干部队伍建设", "坚持问题导向", "抓好安全生产", "持续改善人居环境"])
    tail = rng.choice(["这是做好各项工作的根本保障", "这是今年工作的重中之重", "全年整改问题隐患1260处"])
    sentence = f"{head}{gap}{tail}。"
    k = len(head)
    return _append(ctx, sentence, [(k, k + len(gap), "punct", EM + EM)])


# ======================================================================================
# protected


@R.form("protected", "t176_r17_range_lookalikes")
def prot_range_lookalikes(ctx: Ctx):
    """Hyphens that stay short (GB/T 15834 4.13.3.1, GB/T 15835): phone and fax numbers, figure
    and table numbers, standard numbers, model codes; right ranges 3～5个 and 2021—2025年."""
    rng = ctx.rng
    phone = f"0571-8800{rng.randint(1000, 9999)}"
    fax = f"0571-8700{rng.randint(1000, 9999)}"
    fig = f"表{rng.randint(1, 4)}-{rng.randint(1, 6)}"
    pic = f"图{rng.randint(1, 4)}-{rng.randint(1, 6)}"
    std = rng.choice(["GB/T 9704-2012", "GB 50016-2014", "HJ 2.2-2018"])
    code = rng.choice(["A-1", "JL-2023-015", "QC-12"])
    good = f"{rng.randint(2, 4)}{WAVE}{rng.randint(5, 8)}个"
    years = f"2021{EM}2025年"
    return rng.choice([
        lambda: _protect(ctx, f"咨询电话{phone}，传真{fax}。", [phone, fax]),
        lambda: _protect(ctx, f"各项指标完成情况如{fig}所示，变化趋势见{pic}。", [fig, pic]),
        lambda: _protect(ctx, f"建设标准执行{std}，设备型号为{code}。", [std, code]),
        lambda: _protect(ctx, f"一般事项{good}工作日办结，{years}分年度实施。", [good, years]),
    ])()


@R.form("protected", "t177_r17_title_url_lookalikes")
def prot_title_url_lookalikes(ctx: Ctx):
    """A right nested title 《关于印发〈…〉的通知》, an ASCII URL inside full-width brackets, an e-mail
    before a full-width comma, an English string with its own ellipsis, a clock time and a ratio."""
    rng = ctx.rng
    nested = f"《关于印发{LT}{rng.choice(_CITIES)}{rng.choice(_INNER_TITLES)}{RT}的通知》"
    url = rng.choice(["http://www.jl.gov.cn/col/col1234/index.html", "https://zwfw.qc.gov.cn/"])
    mail = rng.choice(["jlwjw@163.com", "qc_yjj@qc.gov.cn"])
    eng = rng.choice(["Loading...", "Please wait..."])
    clock = f"{rng.choice([8, 9, 14])}:30"
    ratio = rng.choice(["1:1000", "1:500", "1:2000"])
    return rng.choice([
        lambda: _protect(ctx, f"按照{nested}要求逐项落实。", [nested]),
        lambda: _protect(ctx, f"详情见江岭市政务服务网（{url}），监督邮箱{mail}，欢迎来信。", [url, mail]),
        lambda: _protect(ctx, f"系统页面长时间显示{eng}时，请于{clock}后重试。", [eng, clock]),
        lambda: _protect(ctx, f"测绘成果比例尺为{ratio}，统一使用国家大地坐标系。", [ratio]),
    ])()
