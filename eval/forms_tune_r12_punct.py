"""More TUNE forms (round 12): punct, written blind (before reading the punctuation rules).

Every earlier TUNE punct form is mostly "a Chinese mark typed as its ASCII twin"; these are other
ways a site, a converter, an OCR engine or an editor breaks the marks of Chinese prose: Western
ellipses, document-number brackets of the wrong kind, title marks typed as angle signs, dashes
made of look-alike strokes, a 、 typed as a look-alike, question marks of another width, stray
blanks before a full-width mark, ASCII marks in short lines. Two protected forms hold Western
marks that belong to values and Chinese marks that look odd but are right.

Registered into the TUNE registry of :mod:`forms_tune`; see forms_tune.py for the helpers.
"""

from __future__ import annotations

import re

from common import is_han
from forms_common import Ctx, Gold, Inj
from forms_tune import R, _protect

_ELLIPSIS = "\u2026\u2026"


def _insert(ctx: Ctx, sentence: str, marks: list[tuple[str, str]]) -> Inj | None:
    """Append ``sentence`` to a prose paragraph ending with 。; ``marks`` are (raw, expected)
    pairs found in order in the sentence, each a punct gold."""
    ends = [ctx.lines[i][1] for i in ctx.prose_lines() if ctx.text[ctx.lines[i][1] - 1] == "。"]
    p = ctx.pick_point(ends)
    if p is None:
        return None
    # The sentence is new text: a protected keep on its opening words marks it as inserted (the
    # injector's self-check drops inserted sentences with the defects inside them).
    golds, pos = [Gold(0, 2, "protected", "keep", sentence[:2], where="inline")], 2
    for raw, expected in marks:
        k = sentence.index(raw, pos)
        golds.append(Gold(k, k + len(raw), "punct", "fix", expected, where="inline"))
        pos = k + len(raw)
    return Inj(p, p, sentence, golds)


@R.form("punct", "t41_western_ellipsis")
def punct_western_ellipsis(ctx: Ctx):
    """A 省略号 …… typed or converted in a Western or look-alike shape after a Chinese list or
    clause: three ASCII stops, a single …, six stops, 。。。, ．．．, midline ⋯⋯ or middle dots ···
    (fix: ……)."""
    rng = ctx.rng
    raw = rng.choice(["...", "...", "\u2026", "......", "\u3002\u3002\u3002", "\uff0e\uff0e\uff0e",
                      "\u22ef\u22ef", "\u00b7\u00b7\u00b7"])
    items = rng.sample(["教育", "医疗", "养老", "托育", "就业", "住房", "交通", "文化", "体育", "社保"], 3)
    tail = rng.choice(["等民生领域", "各个方面", "多个领域"])
    sentence = rng.choice([
        f"群众关心的{items[0]}、{items[1]}、{items[2]}{raw}{tail}都有新的进展。",
        f"从{items[0]}到{items[1]}，从{items[2]}到基层治理{raw}每一项工作都要落到实处。",
        f"会上，大家围绕{items[0]}、{items[1]}、{items[2]}{raw}逐项进行了讨论。",
    ])
    return _insert(ctx, sentence, [(raw, _ELLIPSIS)])


_DOC_BRACKETS = [("[", "]"), ("[", "]"), ("(", ")"), ("\uff3b", "\uff3d"), ("\u3010", "\u3011"),
                 ("\uff08", "\uff09"), ("\ufe5d", "\ufe5e"), ("\ufe39", "\ufe3a")]


@R.form("punct", "t42_doc_number_brackets")
def punct_doc_number_brackets(ctx: Ctx):
    """The 六角括号 〔〕 of a cited document number (GB/T 9704) typed or converted as square
    brackets, parentheses, 【】, small or vertical tortoise-shell forms: 江政办发[2020]35号 /
    (2020) / ［2020］ / ﹝2020﹞ (fix: 〔 and 〕)."""
    rng = ctx.rng
    o, c = rng.choice(_DOC_BRACKETS)
    year = int((ctx.doc.meta.get("written_date") or "2021")[:4]) - rng.randint(1, 3)
    org = rng.choice(["江政办发", "市政发", "青卫办", "白发改发", "省教发", "县政办函", "市财预"])
    num = f"{org}{o}{year}{c}{rng.randint(2, 98)}号"
    plan = rng.choice(["关于进一步加强基层治理的实施意见", "关于印发重点工作任务分工的通知",
                       "关于做好年度考核工作的通知", "城乡社区服务体系建设规划"])
    sentence = rng.choice([
        f"具体要求按照《{plan}》（{num}）执行。",
        f"此前印发的{num}文件同时废止。",
        f"各单位要对照{num}文件精神，逐条抓好落实。",
    ])
    return _insert(ctx, sentence, [(o, "\u3014"), (c, "\u3015")])


_TITLE_MARKS = [("<<", ">>"), ("<<", ">>"), ("\uff1c\uff1c", "\uff1e\uff1e"), ("\u00ab", "\u00bb"),
                ("\u226a", "\u226b"), ("\ufe3d", "\ufe3e")]


@R.form("punct", "t43_title_marks_as_angles")
def punct_title_angles(ctx: Ctx):
    """A book-title mark 《…》 typed as doubled angle signs (no 《 key in English mode), a
    guillemet «», the much-less-than signs ≪≫ of a Japanese converter or the vertical forms ︽︾:
    <<关于…的意见>> (fix: 《 and 》)."""
    spans = [(s, e) for s, e, m in ctx.matches(r"《([^《》\n]{2,30})》", range(1, ctx.signature_line))
             if all(ch not in "〈〉<>" for ch in m.group(1)) and is_han(m.group(1)[0])]
    site = ctx.pick_span(spans)
    if site is None:
        return None
    s, e = site
    o, c = ctx.rng.choice(_TITLE_MARKS)
    raw = o + ctx.text[s + 1:e - 1] + c
    return Inj(s, e, raw, [Gold(0, len(o), "punct", "fix", "\u300a", where="inline"),
                           Gold(len(raw) - len(c), len(raw), "punct", "fix", "\u300b", where="inline")])


_DASHES = ["\u30fc\u30fc", "\uff70\uff70", "\u2501\u2501", "\u23af\u23af", "\u2012\u2012", "\ufe63\ufe63",
           "\ufe58\ufe58", "\u2500\u2014"]


@R.form("punct", "t44_dash_other_strokes")
def punct_dash_strokes(ctx: Ctx):
    """A 破折号 —— made of other long strokes by a Japanese IME, an OCR engine or a font
    substitution: katakana prolonged marks ーー, their half-width ｰｰ, heavy box lines ━━, a
    horizontal line extension ⎯⎯, figure dashes ‒‒, small hyphens ﹣﹣ or small em dashes ﹘﹘, or
    one box line and one em dash (fix: ——)."""
    spans = []
    for s, e, _ in ctx.matches("\u2014\u2014", range(1, len(ctx.lines))):
        if is_han(ctx.text[s - 1:s] or "a") or is_han(ctx.text[e:e + 1] or "a") or ctx.text[e:e + 1].isdigit():
            spans.append((s, e))
    rng = ctx.rng
    raw = rng.choice(_DASHES)
    site = ctx.pick_span(spans)
    if site is None:
        theme = rng.choice(["守正创新", "真抓实干", "久久为功", "务求实效"])
        return _insert(ctx, f"这项工作的要求可以概括为四个字{raw}{theme}。", [(raw, "\u2014\u2014")])
    return Inj(site[0], site[1], raw, [Gold(0, len(raw), "punct", "fix", "\u2014\u2014", where="inline")])


@R.form("punct", "t45_dunhao_lookalike")
def punct_dunhao_lookalike(ctx: Ctx):
    """The enumeration comma 、 replaced by a look-alike: the Han radical 丶 (an IME's candidate
    for "dun"), the katakana iteration mark ヽ, or a backtick ` from the key next to 1 (fix: 、).
    Only between two Chinese characters of a list."""
    spans = [(s, e) for s, e, _ in ctx.matches("\u3001")
             if is_han(ctx.text[s - 1]) and is_han(ctx.text[e:e + 1] or "a")]
    site = ctx.pick_span(spans)
    if site is None:
        return None
    raw = ctx.rng.choice(["\u4e36", "\u4e36", "\u30fd", "`"])
    return Inj(site[0], site[1], raw, [Gold(0, 1, "punct", "fix", "\u3001", where="inline")])


@R.form("punct", "t46_question_mark_other_width")
def punct_question_other_width(ctx: Ctx):
    """A question mark after a Chinese question typed in English mode or converted to a small or
    vertical form: 怎样把实事办好? / 办好了吗﹖ / ︖ (fix: ？). The question is a rhetorical line of
    a speech or a summary; the mark ends the sentence, before Chinese text or the line end."""
    rng = ctx.rng
    raw = rng.choice(["?", "?", "\ufe56", "\ufe16"])
    q = rng.choice(["怎样把群众的实事办好办实", "问题的根源究竟在哪里", "如何让政策真正落地见效",
                    "基层的负担减下来了吗", "老百姓的获得感从哪里来"])
    a = rng.choice(["关键在于落实", "答案就在基层", "必须从制度上找原因", "要靠真抓实干"])
    return _insert(ctx, f"{q}{raw}{a}。", [(raw, "\uff1f")])


@R.form("punct", "t47_blank_before_fullwidth_mark")
def punct_blank_before_mark(ctx: Ctx):
    """A blank (ASCII, no-break or ideographic space) left before a full-width comma, semicolon,
    colon or stop inside Chinese prose, where an editor deleted a word or a justifier padded the
    line: 加强管理 ，完善制度 / 任务　。 (fix: the mark, no blank)."""
    spans = [(s, e) for s, e, _ in ctx.matches("[，；。：]")
             if is_han(ctx.text[s - 1]) and (e == len(ctx.text) or ctx.text[e] == "\n" or is_han(ctx.text[e]))]
    site = ctx.pick_span(spans)
    if site is None:
        return None
    s, e = site
    blank = ctx.rng.choice([" ", " ", "  ", "\u00a0", "\u3000"])
    mark = ctx.text[s:e]
    raw = blank + mark
    return Inj(s, e, raw, [Gold(0, len(raw), "punct", "fix", mark, where="inline")])


@R.form("punct", "t48_ascii_mark_short_line")
def punct_ascii_short_line(ctx: Ctx):
    """An ASCII comma, semicolon or colon inside a short line (an outline heading, a table-like
    item or a closing line under 16 characters, typed in a CMS field in English mode):
    （二）强化监管,确保安全 / 联系人:张伟 (fix: the full-width mark)."""
    ascii_of = {"，": ",", "；": ";", "：": ":"}
    spans = []
    for i in range(1, ctx.signature_line):
        s, e, line = ctx.lines[i]
        if len(line) >= 24:
            continue
        for m in re.finditer("[，；：]", line):
            p = s + m.start()
            if is_han(ctx.text[p - 1]) and is_han(ctx.text[p + 1:p + 2] or "a"):
                spans.append((p, p + 1))
    site = ctx.pick_span(spans)
    if site is None:
        return None
    s, e = site
    mark = ctx.text[s:e]
    return Inj(s, e, ascii_of[mark], [Gold(0, 1, "punct", "fix", mark, where="inline")])


@R.form("protected", "t22_r12_western_marks_in_values")
def prot_r12_western_values(ctx: Ctx):
    """Western marks that belong to values inside Chinese sentences: a comparison sign in a limit
    (PM2.5<35微克), a query string's ?, a reference number [3], a day range 3-5, a standard's
    year GB/T 9704-2012, an English title's ellipsis, a year in ASCII brackets after a Latin name."""
    rng = ctx.rng
    lim = f"<{rng.choice([35, 50, 75])}"
    url = f"https://www.example.gov.cn/query?id={rng.randint(100, 999)}&type=1"
    ref = f"[{rng.randint(1, 9)}]"
    rngd = f"{rng.randint(2, 4)}-{rng.randint(5, 9)}"
    eng = rng.choice(["“Go Further...”", "“Made in China...”"])
    return rng.choice([
        lambda: _protect(ctx, f"全年PM2.5{lim}微克/立方米的天数明显增加，查询网址为{url}。", [lim, url]),
        lambda: _protect(ctx, f"相关研究见文献{ref}，办理时限为{rngd}个工作日，格式执行GB/T 9704-2012标准。",
                         [ref, rngd, "9704-2012"]),
        lambda: _protect(ctx, f"宣传片英文名为{eng}，合作方为Smart Health Lab (2019)。",
                         [eng, "Smart Health Lab (2019)"]),
    ])()


@R.form("protected", "t23_r12_chinese_marks_that_look_odd")
def prot_r12_chinese_marks_right(ctx: Ctx):
    """Chinese marks that look like damage but are right: the inner title marks 〈〉 inside 《》,
    a connecting dash between places (中国—东盟), an 省略号 …… already right, a 一一 of
    one-by-one, a scale 1:1000 and a clock time 9:30 after Chinese text."""
    rng = ctx.rng
    scale = f"1:{rng.choice([500, 1000, 2000])}"
    t = f"{rng.randint(8, 10)}:{rng.choice(['00', '30'])}"
    return rng.choice([
        lambda: _protect(ctx, "会议传达了《关于印发〈基层减负十条措施〉的通知》精神。", ["〈基层减负十条措施〉"]),
        lambda: _protect(ctx, "第三届中国—东盟合作论坛如期举办，文化、旅游、商贸……各类项目一一签约。",
                         ["中国—东盟", "……", "一一签约"]),
        lambda: _protect(ctx, f"测绘成果比例尺为{scale}，成果验收会于上午{t}开始。", [scale, t]),
    ])()
