"""More TUNE forms (round 9): garbled and dup, written blind (before reading the rules of the family).

Registered into the TUNE registry of :mod:`forms_tune`; see forms_tune.py for the helpers a form uses.
"""

from __future__ import annotations

from forms_tune import R  # noqa: F401  (forms register themselves on import)

import re

from common import HAN, is_han
from forms_common import Ctx, Gold, Inj, han_runs
from forms_tune import _garble
from forms_tune_chrome_dup import _dup_loose
from forms_tune_r6_dup_chrome import _keep_block

# ======================================================================================
# garbled (flag; the repair is the base text)


def _mis(src: str, dst: str, errors: str = "strict"):
    def make(h):
        try:
            out = h.encode(src).decode(dst, errors=errors)
        except (UnicodeError, LookupError):
            return None
        return out if out != h and "\n" not in out and "\r" not in out else None
    return make


def _clause_sites(ctx: Ctx, lo: int, hi: int):
    """Spans of a whole clause (between two marks of a prose line) of lo..hi characters, marks kept out."""
    out = []
    for s, e, _ in ctx.matches(rf"(?<=[，；。：])[^，；。：\n“”《》]{{{lo},{hi}}}(?=[，；。])"):
        out.append((s, e))
    return out


@R.form("garbled", "t50_gbk_latin1_clause_with_marks")
def garbled_clause_with_marks(ctx: Ctx):
    """A clause AND the marks around it read as Latin-1 / cp1252 (the full-width comma and full stop
    become £¬ and ¡£), glued to real text on both sides: 加强管理£¬Íê³ÉÈÎÎñ¡£ inside a clean line."""
    cp = ctx.rng.choice(["latin-1", "cp1252"])
    for s, e in ctx.shuffled(_clause_sites(ctx, 4, 12)):
        e2 = e + 1
        if not ctx.free(s, e2):
            continue
        raw = _mis("gbk", cp)(ctx.text[s:e2])
        if raw is None or any(ord(c) < 0x20 or 0x7F <= ord(c) < 0xA0 for c in raw):
            continue
        return Inj(s, e2, raw, [Gold(0, len(raw), "garbled", "flag", raw, repair=ctx.text[s:e2], where="inline")])
    return None


@R.form("garbled", "t51_figures_inside_mojibake")
def garbled_figures_inside(ctx: Ctx):
    """GBK read as Latin-1 over a stretch that holds figures and a unit (2021年 → 2021Äê, 12亿元 → 12ÒÚÔª):
    the ASCII digits survive untouched between the garbled pairs."""
    spans = [(s, e) for s, e, _ in ctx.matches(rf"[{HAN}]{{2,4}}[0-9]+(?:\.[0-9]+)?[{HAN}]{{1,3}}")]
    for s, e in ctx.shuffled(spans):
        raw = _mis("gbk", "latin-1")(ctx.text[s:e])
        if raw is None or any(0x7F <= ord(c) < 0xA0 for c in raw) or not ctx.free(s, e):
            continue
        return Inj(s, e, raw, [Gold(0, len(raw), "garbled", "flag", raw, repair=ctx.text[s:e], where="inline")])
    return None


@R.form("garbled", "t52_kunjinkao_fill")
def garbled_kunjinkao(ctx: Ctx):
    """Characters lost to U+FFFD and the UTF-8 of the U+FFFD read back as GBK: the classic 锟斤拷 run
    (real but senseless Han characters) where a word was: 加强锟斤拷锟斤拷建设."""
    return _garble(ctx, (2, 3, 4), lambda h: ("\ufffd" * len(h)).encode("utf-8").decode("gbk", errors="replace")
                   if len(h) % 2 == 0 else None)


@R.form("garbled", "t53_big5_read_as_gbk")
def garbled_big5_as_gbk(ctx: Ctx):
    """Traditional text in Big5 shown as GBK (a Hong Kong / Taiwan source pasted in): every character
    becomes a real but unrelated simplified one (管理 → 竊瞪-like); nothing is out of range."""
    def make(h):
        try:
            out = h.encode("big5").decode("gbk")
        except UnicodeError:
            return None
        return out if out != h and all(is_han(c) for c in out) else None
    return _garble(ctx, (2, 3, 4), make, tries=40)


@R.form("garbled", "t54_line_tail_mojibake")
def garbled_line_tail(ctx: Ctx):
    """A paragraph whose first part is clean and whose tail (from a comma to the line end, marks
    included) is GBK read as cp1252 (a copy-paste that crossed two encodings mid-line)."""
    for i in ctx.shuffled(ctx.prose_lines(30)):
        s, e, line = ctx.lines[i]
        cut = [m.end() for m in re.finditer("，", line) if 8 <= m.end() <= len(line) - 10]
        if not cut:
            continue
        a = s + ctx.rng.choice(cut)
        raw = _mis("gbk", "cp1252")(ctx.text[a:e])
        if raw is None or len(raw) > 80 or not ctx.free(a, e):
            continue
        return Inj(a, e, raw, [Gold(0, len(raw), "garbled", "flag", raw, repair=ctx.text[a:e], where="inline")])
    return None


@R.form("garbled", "t55_utf8_as_gbk_lossy")
def garbled_utf8_gbk_lossy(ctx: Ctx):
    """UTF-8 read as GBK where the odd byte had no pair: the decoder put a ? or U+FFFD in its place,
    so the run cannot be re-encoded exactly (涓€-like pairs with ? between them)."""
    def make(h):
        out = h.encode("utf-8").decode("gbk", errors="replace")
        out = out.replace("\ufffd", ctx.rng.choice(["?", "\ufffd"]))
        return out if ("?" in out or "\ufffd" in out) and "\n" not in out else None
    return _garble(ctx, (1, 2, 3), make, tries=40)


@R.form("garbled", "t56_two_runs_one_sentence")
def garbled_two_runs(ctx: Ctx):
    """Two short Latin-1 mojibake runs in one sentence with two or three clean characters between
    them (a font fallback that failed word by word): 进一步¼ÓÇ¿和Íê³É制度."""
    for s, e in ctx.shuffled(han_runs(ctx, 7)):
        raw1 = _mis("gbk", "latin-1")(ctx.text[s:s + 2])
        raw2 = _mis("gbk", "latin-1")(ctx.text[e - 2:e])
        if raw1 is None or raw2 is None or not ctx.free(s, e):
            continue
        if any(0x7F <= ord(c) < 0xA0 for c in raw1 + raw2):
            continue
        mid = ctx.text[s + 2:e - 2]
        raw = raw1 + mid + raw2
        return Inj(s, e, raw, [Gold(0, len(raw1), "garbled", "flag", raw1, repair=ctx.text[s:s + 2], where="inline"),
                               Gold(len(raw1) + len(mid), len(raw), "garbled", "flag", raw2,
                                    repair=ctx.text[e - 2:e], where="inline")])
    return None


# ======================================================================================
# dup (remove the repeat)


@R.form("dup", "t53_word_run_doubled")
def dup_word_run_doubled(ctx: Ctx):
    """A run of 3-6 characters typed twice inside a sentence (an editor's stutter, a paste that
    repeated its selection): 全面推进全面推进乡村振兴 / 加强监管加强监管. The second copy goes."""
    for s, e in ctx.shuffled(ctx.sentences(min_len=12)):
        n = ctx.rng.choice((3, 4, 4, 5, 6))
        for m in ctx.shuffled(list(re.finditer(rf"(?<=[{HAN}，])[{HAN}]{{{n}}}(?=[{HAN}])", ctx.text[s:e]))):
            a, b = s + m.start(), s + m.end()
            inj = _dup_loose(ctx, (a, b), b, ctx.text[a:b], "inline")
            if inj:
                inj.golds[0].alt = (a, b)
                return inj
    return None


@R.form("dup", "t54_clause_doubled_with_comma")
def dup_clause_doubled(ctx: Ctx):
    """A whole clause with its comma repeated at once: 强化资金保障，强化资金保障，确保… (the repeat goes)."""
    spans = [(s, e) for s, e, _ in ctx.matches(rf"(?<=[，。；{HAN}])(?<=[，；])[{HAN}]{{5,14}}，")]
    for s, e in ctx.shuffled(spans):
        inj = _dup_loose(ctx, (s, e), e, ctx.text[s:e], "inline")
        if inj:
            inj.golds[0].alt = (s, e)
            return inj
    return None


@R.form("dup", "t55_paragraph_far_later_indented")
def dup_paragraph_far_indented(ctx: Ctx):
    """A paragraph repeated four or more paragraphs later, the copy indented with two ideographic
    spaces (a page that pasted an earlier section again)."""
    prose = ctx.prose_lines(24)
    for i in ctx.shuffled(prose):
        later = [j for j in prose if j >= i + 4 and j + 1 < ctx.signature_line]
        if not later:
            continue
        j = ctx.rng.choice(later)
        s, e, line = ctx.lines[i]
        inj = _dup_loose(ctx, (s, e), ctx.lines[j][1], "\n" + ctx.rng.choice(["\u3000\u3000", "  ", ""]) + line, "line")
        if inj:
            return inj
    return None


@R.form("dup", "t56_sentence_copy_ascii_marks")
def dup_sentence_ascii_marks(ctx: Ctx):
    """A sentence repeated right after itself with its marks typed in English mode (, ; . and half-width
    brackets): the same words, other punctuation; the copy goes."""
    table = str.maketrans({"，": ",", "；": ";", "。": ".", "（": "(", "）": ")", "：": ":"})
    for s, e in ctx.shuffled(ctx.sentences(min_len=14)):
        sent = ctx.text[s:e]
        if "，" not in sent:
            continue
        inj = _dup_loose(ctx, (s, e), e, sent.translate(table), "inline")
        if inj:
            return inj
    return None


@R.form("dup", "t57_title_after_chrome_line")
def dup_title_after_chrome(ctx: Ctx):
    """The title again after a page-tool line under it (title / 【字体：大 中 小】 打印 / title): the
    tool line is chrome, the second title a dup."""
    s, e, title = ctx.lines[0]
    if not ctx.free(s, e, 0) or not ctx.free(e, e):
        return None
    tool = ctx.rng.choice(["【字体：大 中 小】 【打印】 【关闭】", "字号：大 中 小 | 打印本页 | 关闭窗口",
                           "［ 大 中 小 ］ 打印 分享"])
    raw = "\n" + tool + "\n" + title
    inj = Inj(e, e, raw, [Gold(0, len(tool) + 1, "chrome", "remove", "", where="head"),
                          Gold(len(tool) + 1, len(raw), "dup", "remove", "", alt=(s, e), where="head")])
    inj.reserve = [(s, e)]
    return inj


@R.form("dup", "t58_heading_repeated_other_marker_width")
def dup_heading_marker_width(ctx: Ctx):
    """An outline heading repeated on the next line with its marker in another width or bracket
    ((一) for （一）, 1． for 1.): the words are the same, one mark of the marker differs."""
    swaps = [("（", "("), ("）", ")"), (".", "．"), ("、", ".")]
    for m in ctx.shuffled(list(ctx.markers)):
        i = m.line
        if i not in ctx.body_range() or i + 1 >= ctx.signature_line:
            continue
        s, e, line = ctx.lines[i]
        if len(line) > 30 or "。" in line:
            continue
        a, b = ctx.rng.choice([sw for sw in swaps if sw[0] in line[:5]] or [(None, None)])
        if a is None:
            continue
        k = line.index(a)
        copy = line[:k] + b + line[k + 1:]
        inj = _dup_loose(ctx, (s, e), e, "\n" + copy, "line")
        if inj:
            return inj
    return None


# ======================================================================================
# protected (keep): real text a mojibake repair or a copy finder must leave alone


@R.form("protected", "t30_gd_latin1_letters_real")
def prot_latin1_letters(ctx: Ctx):
    """Real Latin-1 letters and signs in a Chinese sentence that a GBK-as-Latin-1 repair could pair
    up into Han characters: 32µg/m³, José Martínez, ±0.5℃, 5×10⁴, §3 (every one must stay)."""
    rng = ctx.rng
    v = rng.randint(21, 48)
    ug = f"{v}µg/m³"
    name = rng.choice(["José Martínez", "Müller", "Zoë Brontë", "Chloé Hébert"])
    tol = f"±{rng.randint(1, 9)}.{rng.randint(1, 9)}℃"
    sci = f"{rng.randint(2, 9)}×10"
    return rng.choice([
        lambda: _protect_sentence(ctx, f"全市PM2.5年均浓度为{ug}，同比下降{rng.randint(2, 9)}.{rng.randint(1, 9)}%。", [ug]),
        lambda: _protect_sentence(ctx, f"邀请外籍专家{name}作专题讲座，温度控制在{tol}以内。", [name, tol]),
        lambda: _protect_sentence(ctx, f"检测限为{sci}，外籍顾问{name}参与评审。", [sci, name]),
    ])()


def _protect_sentence(ctx: Ctx, sentence: str, tokens: list[str]):
    from forms_tune import _protect
    return _protect(ctx, sentence, tokens)


@R.form("protected", "t31_gd_legit_refrains_articles")
def prot_legit_refrains(ctx: Ctx):
    """Legitimate repeats: a refrain opening each clause (坚持…，坚持…，坚持…), 第N条 articles that quote
    the same phrase, and two table-like rows with the same cells but the name."""
    rng = ctx.rng
    p = ctx.pick_point(ctx.boundaries("between"))
    if p is None:
        return None
    ph = rng.choice(["依法依规、公开透明", "统筹兼顾、突出重点", "属地管理、分级负责"])
    lines = [f"坚持人民至上，坚持问题导向，坚持系统观念，坚持{ph}。",
             f"第{rng.choice('五六七')}条　申报工作遵循{ph}的原则。",
             f"第{rng.choice('八九十')}条　评审工作遵循{ph}的原则。",
             "城区组　完成　100%　优秀",
             "郊区组　完成　100%　优秀"]
    return _keep_block(ctx, lines, p)
