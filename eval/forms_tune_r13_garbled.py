"""More TUNE forms (round 13): garbled, written blind (before reading the rules of the family).

Registered into the TUNE registry of :mod:`forms_tune`; see forms_tune.py for the helpers a form uses.
The shapes here are damage the earlier rounds did not show: full-width question-mark runs, the
debug fill of other compilers and code pages (ÌÌÌÌ, 쳌쳌), full-width letters and digits of GBK read
as Latin-1 (£²£°£²£±), only the marks of a clause in cp1252 mojibake (ï¼Œ, ã€‚, â€œ), UTF-8 read as
a Central European, Turkish or Arabic code page, escape notations of other tools (octal, %u, MIME
encoded words, \\x{...}, U+XXXX, GBK percent escapes), a Latin acronym with a Cyrillic or Greek
look-alike letter, bare C1 control characters where characters stood, and one box for one lost
character. Two protected forms hold real text that looks like garbling (checkboxes, bullets,
rare name characters, 〇, note marks; URLs with percent escapes, credit codes, Greek letters).
"""

from __future__ import annotations

from forms_tune import R  # noqa: F401  (forms register themselves on import)

import base64
import re

from common import HAN
from forms_common import Ctx, Gold, Inj, han_runs
from forms_tune import _garble, _protect
from forms_tune_r6_dup_chrome import _keep_block


def _flag(s: int, e: int, raw: str, base: str, where: str = "inline"):
    return Inj(s, e, raw, [Gold(0, len(raw), "garbled", "flag", raw, repair=base, where=where)])


# ======================================================================================
# garbled (flag; the repair is the base text)


@R.form("garbled", "t57_r13_fullwidth_qmark_run")
def garbled_fullwidth_qmarks(ctx: Ctx):
    """Lost characters shown as full-width question marks (a GBK save of a page typed in an IME
    that widens ?): 加强？？建设, 推进？？？工作, sometimes mixed with ASCII ones (？?？)."""
    rng = ctx.rng

    def make(h):
        k = len(h) * rng.choice((1, 1, 2))
        if rng.random() < 0.3:
            return "".join(rng.choice("？?") for _ in range(max(k, 2)))
        return "\uff1f" * max(k, 2)
    return _garble(ctx, (1, 2, 3), make)


_FILLS = ["\u00cc", "\u00cd", "\ucccc", "\ucdcd", "\u00ee\u00fe", "\u00fd", "\u00ab", "\u00dd"]


@R.form("garbled", "t58_r13_debug_fill_codepages")
def garbled_debug_fill_codepages(ctx: Ctx):
    """Uninitialised memory of other compilers or readers where a word was: 0xCC / 0xCD fill read
    as cp1252 (ÌÌÌÌ, ÍÍÍÍ) or as UTF-16 (쳌쳌, 췍췍), freed-heap fill (îþîþ), guard bytes (ýýýý, ««««)."""
    rng = ctx.rng
    fill = rng.choice(_FILLS)

    def make(h):
        n = max(2, len(h) * (2 if len(fill) == 1 and ord(fill) < 0x100 else 1))
        return (fill * n)[: max(n, 2 * len(fill))]
    return _garble(ctx, (2, 3, 4), make)


_FW = {c: chr(ord(c) + 0xFEE0) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.%"}


@R.form("garbled", "t59_r13_fullwidth_alnum_gbk_latin1")
def garbled_fullwidth_alnum(ctx: Ctx):
    """A stretch of figures or Latin letters typed full width in a GBK page and read as Latin-1:
    every full-width sign becomes £ and a letter (２０２１年 → £²£°£²£±Äê, ＧＤＰ → £Ç£Ä£Ð)."""
    pat = re.compile(rf"(?<![0-9A-Za-z.])[0-9A-Za-z][0-9A-Za-z.%]{{1,7}}[{HAN}]{{0,2}}")
    for s, e, m in ctx.shuffled(ctx.matches(pat)):
        base = m.group(0)
        if base[-1] == "." or not ctx.free(s, e):
            continue
        wide = "".join(_FW.get(c, c) for c in base)
        try:
            raw = wide.encode("gbk").decode("latin-1")
        except UnicodeError:
            continue
        if any(ord(c) < 0xA0 for c in raw):
            continue
        return _flag(s, e, raw, base)
    return None


_MARK_MOJI = {c: c.encode("utf-8").decode("cp1252", errors="replace").replace("\ufffd", "?")
              for c in "“”‘’—…·、。，：；（）"}


@R.form("garbled", "t60_r13_marks_only_cp1252")
def garbled_marks_only(ctx: Ctx):
    """Only the marks of a stretch in UTF-8-read-as-cp1252 mojibake, the Han characters fine (an
    editor that re-decoded the CJK run but not the punctuation): 加强管理ï¼Œ完成任务ã€‚ /
    â€œ十四五â€?规划 / 2021â€”2025年."""
    marks = "“”‘’—…·、。，：；（）"
    pat = re.compile(f"[{marks}][^\\n{marks}]{{1,10}}[{marks}]")
    for s, e, m in ctx.shuffled(ctx.matches(pat)):
        base = m.group(0)
        if not ctx.free(s, e):
            continue
        raw = "".join(_MARK_MOJI.get(c, c) for c in base)
        return _flag(s, e, raw, base)
    return None


def _utf8_as(codec: str):
    def make(h):
        try:
            out = h.encode("utf-8").decode(codec)
        except UnicodeError:
            return None
        if any(ord(c) < 0x20 or 0x7F <= ord(c) < 0xA0 for c in out):
            return None
        return out
    return make


@R.form("garbled", "t61_r13_utf8_as_other_codepage")
def garbled_utf8_other_codepage(ctx: Ctx):
    """UTF-8 read as a Central European, Turkish, Baltic or Arabic Windows code page (a server
    whose locale was not Chinese): 加强 → ĺŠ ĺĽş (cp1250), ĺ Ľş-like Baltic, ه¼؛ (cp1256)."""
    codec = ctx.rng.choice(["cp1250", "cp1254", "cp1257", "cp1256", "iso8859_2"])
    return _garble(ctx, (2, 3), _utf8_as(codec))


def _escape(h: str, how: str) -> str:
    u8 = h.encode("utf-8")
    if how == "octal":
        return "".join(f"\\{b:03o}" for b in u8)
    if how == "js":
        return "".join(f"%u{ord(c):04X}" for c in h)
    if how == "mime_b":
        return "=?UTF-8?B?" + base64.b64encode(u8).decode() + "?="
    if how == "mime_q":
        return "=?GB2312?Q?" + "".join(f"={b:02X}" for b in h.encode("gbk")) + "?="
    if how == "perl":
        return "".join(f"\\x{{{ord(c):x}}}" for c in h)
    if how == "uplus":
        return " ".join(f"U+{ord(c):04X}" for c in h)
    return "".join(f"%{b:02X}" for b in h.encode("gbk"))  # GBK percent escapes


@R.form("garbled", "t62_r13_other_escape_notations")
def garbled_other_escapes(ctx: Ctx):
    """Escapes of other tools left in the text: octal bytes (\\345\\212\\240, git's quoted paths),
    JavaScript escape() (%u52A0), MIME encoded words (=?UTF-8?B?5Yqg5by6?=, =?GB2312?Q?=BC=D3?=),
    Perl \\x{52a0}, U+52A0 code points, GBK percent escapes (%BC%D3%C7%BF)."""
    how = ctx.rng.choice(["octal", "js", "mime_b", "mime_q", "perl", "uplus", "gbk_pct"])
    return _garble(ctx, (2, 3), lambda h: _escape(h, how))


_CYR = {"A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "I": "І", "K": "К", "M": "М",
        "O": "О", "P": "Р", "T": "Т", "X": "Х", "Y": "У"}
_GRK = {"A": "Α", "B": "Β", "E": "Ε", "H": "Η", "I": "Ι", "K": "Κ", "M": "Μ", "N": "Ν",
        "O": "Ο", "P": "Ρ", "T": "Τ", "X": "Χ", "Y": "Υ", "Z": "Ζ"}


@R.form("garbled", "t63_r13_acronym_wrong_script")
def garbled_acronym_wrong_script(ctx: Ctx):
    """A Latin acronym or code in which one or more letters are Cyrillic or Greek look-alikes (an
    OCR engine with a Russian or Greek model, a font fallback): GDP → GDР, APP → АРР, PM2.5 → РM2.5."""
    rng = ctx.rng
    table = rng.choice([_CYR, _GRK])
    pat = re.compile(r"(?<![A-Za-z])[A-Z0-9][A-Za-z0-9.]*[A-Z][A-Za-z0-9]*(?![A-Za-z])")
    lines = [i for i in ctx.body_range()]
    for s, e, m in ctx.shuffled(ctx.matches(pat, lines)):
        base = m.group(0)
        idx = [i for i, c in enumerate(base) if c in table]
        if not idx or len(base) > 12 or not ctx.free(s, e):
            continue
        pick = set(idx) if rng.random() < 0.3 else set(rng.sample(idx, max(1, len(idx) // 2)))
        raw = "".join(table[c] if i in pick else c for i, c in enumerate(base))
        return _flag(s, e, raw, base)
    return None


@R.form("garbled", "t64_r13_bare_c1_controls")
def garbled_bare_c1(ctx: Ctx):
    """Bare C1 control characters where characters stood (a Latin-1 reader that dropped every printable
    byte of a UTF-8 run, or a cp1252 quote that lost its lead byte): 加强\\x8a\\x9c建设, 推进\\x85工作."""
    rng = ctx.rng

    def make(h):
        out = [chr(b) for b in h.encode("utf-8") if 0x80 <= b < 0xA0]
        if not out:
            out = [chr(rng.randint(0x80, 0x9F))]
        return "".join(out[: rng.choice((1, 2, 3))])
    return _garble(ctx, (1, 2), make)


@R.form("garbled", "t65_r13_single_box_for_char")
def garbled_single_box(ctx: Ctx):
    """One character a font or a code page lacked shown as a single box, geta or black square inside
    a word (a rare name or place character): 王□明, 加■建设, 推进〓作, 开▢展."""
    box = ctx.rng.choice(["□", "□", "■", "〓", "▢", "▯"])
    return _garble(ctx, (1,), lambda h: box)


# ======================================================================================
# protected (keep): real text a garbling detector must leave alone


@R.form("protected", "t32_r13_boxes_bullets_rare_chars")
def prot_boxes_bullets_rare(ctx: Ctx):
    """Real boxes, bullets and rare characters: a form's checkboxes (□是 □否, ☑同意), ○ / ■ / △ / ※
    items, 〇 in a year, rare name characters (堃, 喆, 犇, 淼, 昇, 珺)."""
    rng = ctx.rng
    p = ctx.pick_point(ctx.boundaries("between"))
    if p is None:
        return None
    names = "、".join(rng.sample(["王堃", "李喆", "陈犇", "张淼", "赵昇", "刘珺", "周玥", "吴彧"], 3))
    pool = [
        f"是否已完成备案：□是 □否",
        f"审核意见：☑同意 □不同意",
        f"□ 已签订承诺书 ■ 已提交材料",
        f"○ 第{rng.choice('一二三')}阶段：动员部署",
        f"※注：带“△”的项目为新增项目。",
        f"二〇二{rng.randint(1, 4)}年度工作人员：{names}",
        f"附件{rng.randint(1, 3)}：□新办 □变更 □注销",
        f"是□ 否□（请在相应方框内打“√”）",
    ]
    return _keep_block(ctx, rng.sample(pool, 3), p)


@R.form("protected", "t33_r13_urls_codes_greek")
def prot_urls_codes_greek(ctx: Ctx):
    """Real escapes, codes and foreign letters: a link with percent-escaped Chinese, a unified social
    credit code, an ICP number, a file name, Greek letters of science (α-淀粉酶, γ射线), a Ⅳ class."""
    rng = ctx.rng
    url = rng.choice(["https://www.example.gov.cn/search?q=%E5%8C%BB%E4%BF%9D&page=2",
                      "http://zwfw.example.gov.cn/col/col%E6%94%BF%E5%8A%A1/index.html"])
    code = "9133" + "".join(rng.choice("0123456789") for _ in range(4)) + "MA2" + rng.choice("HJKL") + "".join(
        rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(6)) + rng.choice("0123456789X")
    icp = f"浙ICP备{rng.randint(10000000, 99999999)}号-{rng.randint(1, 3)}"
    fname = f"附件{rng.randint(1, 4)}_申报表_V2.{rng.randint(0, 3)}.xlsx"
    greek = rng.choice(["α-淀粉酶", "γ射线", "β-内酰胺类", "Ⅳ类水质"])
    return rng.choice([
        lambda: _protect(ctx, f"具体名单可登录{url}查询。", [url]),
        lambda: _protect(ctx, f"该企业统一社会信用代码为{code}，网站备案号为{icp}。", [code, icp]),
        lambda: _protect(ctx, f"请下载{fname}并如实填写，检测项目包括{greek}等。", [fname, greek]),
    ])()
