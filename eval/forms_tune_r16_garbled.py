"""More TUNE forms (round 16): garbled, written blind (before reading the rules of the family).

Registered into the TUNE registry of :mod:`forms_tune`; see forms_tune.py for the helpers a form uses.

garbled (flag; the repair is the base text), in shapes real crawled Chinese text shows and the
earlier forms never did:

- a whole clause, marks and figures included, in UTF-8 read as GBK the way Windows' cp936 does it
  (0x80 is €, a lead byte with a bad trail byte becomes one ? that swallows the next byte):
  鍔犲己绠＄悊锛屽畬鎴愪换鍔°€? (seen in the wild: 鍒涘缓鏃ユ湡锛?009-4-2 for 创建日期：2009-4-2,
  鍒樹匠鑰佸笀鏁欏浠诲姟涔?xls in a file name);
- C0 control characters in a sentence: SUB (0x1A, the substitute of a lossy converter) for a lost
  character, NUL / BEL / BS / ESC / DEL spliced between two characters;
- a byte-order mark read in another code page at the head of the title or a paragraph, or where two
  files were concatenated: ï»¿, 锘?, 锘\\ufffd, þÿ;
- OCR specks: a stray l, I, |, 丨, ¦ or ′ inside a Han word (a scan's dust or a table rule);
- four-byte UTF-8 (a WeChat post's emoji) read as GBK or cp1252 before a paragraph: 馃憠, 馃摙,
  ðŸ‘‰; or a rare name character of CJK Extension B (𬌗) read as GBK in place of a character;
- the paragraph indent or a no-break space in UTF-8 read as GBK or cp1252: 聽聽聽聽 (the famous one
  of novel-site scrapers), 銆€銆€, ã€€ã€€, Â\\xa0;
- only the marks of a sentence in UTF-8 read as GBK, the Han characters fine: 加强管理锛?完成任务銆?;
- a date or a figure with its unit in UTF-8 read as GBK, the ASCII digits surviving between the
  pairs: 2021骞?鏈?9鏃?, 2021骞\\ufffd3鏈\\ufffd29鏃\\ufffd.

protected (keep): real rare characters of the 通用规范汉字表 in names (𬌗, 䶮, 𬍛), checkboxes of a
form, a FAQ's true questions; real Latin words and codes inside Chinese (5G, ISO9001, GDP, U盘, IC卡,
维生素C, H7N9, 1+X, PM2.5) and a link with lower-case percent escapes.
"""

from __future__ import annotations

import re

from common import HAN
from forms_common import Ctx, Gold, Inj, keep_lines
from forms_tune import R, _garble, _protect


def _flag(s: int, e: int, raw: str, base: str, where: str = "inline") -> Inj:
    return Inj(s, e, raw, [Gold(0, len(raw), "garbled", "flag", raw, repair=base, where=where)])


def _insert(p: int, raw: str, where: str) -> Inj:
    return Inj(p, p, raw, [Gold(0, len(raw), "garbled", "flag", raw, repair="", where=where)])


def cp936_windows(data: bytes) -> str:
    """Decode like Windows' cp936 (MultiByteToWideChar): 0x80 is €, a lead byte whose trail byte
    is not valid gives one ? and the trail byte is lost with it."""
    out, i, n = [], 0, len(data)
    while i < n:
        b = data[i]
        if b < 0x80:
            out.append(chr(b))
            i += 1
        elif b == 0x80:
            out.append("\u20ac")
            i += 1
        elif b == 0xFF or i + 1 >= n:
            out.append("?")
            i += 1
        else:
            try:
                out.append(data[i:i + 2].decode("gbk"))
            except UnicodeDecodeError:
                out.append("?")
            i += 2
    return "".join(out)


def _utf8_as_gbk(rng, text: str) -> str:
    data = text.encode("utf-8")
    how = rng.choice(["windows", "windows", "replace", "qmark"])
    if how == "windows":
        return cp936_windows(data)
    out = data.decode("gbk", errors="replace")
    return out if how == "replace" else out.replace("\ufffd", "?")


# ======================================================================================
# garbled


_CLAUSE = re.compile(rf"(?<=[{HAN}，；])[{HAN}][^\n，。；：！？“”]{{4,16}}[，；。]")


def _misread_first(ctx: Ctx, pattern) -> Inj | None:
    """The first free match of ``pattern`` (in a shuffled order) whose UTF-8 read as GBK differs from it."""
    for s, e, m in ctx.shuffled(ctx.matches(pattern)):
        if not ctx.free(s, e):
            continue
        base = m.group(0)
        raw = _utf8_as_gbk(ctx.rng, base)
        if raw == base:
            continue
        return _flag(s, e, raw, base)
    return None


@R.form("garbled", "t130_r16_utf8_gbk_clause")
def garbled_utf8_gbk_clause(ctx: Ctx):
    """A clause with its closing mark (and any figures in it) in UTF-8 read as GBK, glued to clean
    text on both sides: 加强管理，完成任务。 → 鍔犲己绠＄悊锛屽畬鎴愪换鍔°€?."""
    return _misread_first(ctx, _CLAUSE)


_C0_SPLICE = ["\x00", "\x07", "\x08", "\x1b", "\x7f", "\x01", "\x02", "\x03", "\x10", "\x1f", "\x06"]


@R.form("garbled", "t131_r16_c0_controls")
def garbled_c0_controls(ctx: Ctx):
    """C0 control characters in a sentence: SUB (0x1A, a lossy converter's substitute) standing for a
    lost character (加强\\x1a设), or NUL / BEL / BS / ESC / DEL spliced between two characters."""
    rng = ctx.rng
    if rng.random() < 0.5:
        return _garble(ctx, (1, 2), lambda h: "\x1a" * len(h))
    p = ctx.pick_point(ctx.han_gaps())
    if p is None:
        return None
    raw = "".join(rng.choice(_C0_SPLICE) for _ in range(rng.choice((1, 1, 2, 3))))
    return _insert(p, raw, "splice")


_BOMS = ["\u00ef\u00bb\u00bf", "\u00ef\u00bb\u00bf", "\u9518\ufffd", "\u9518?", "\u00fe\u00ff", "\u00ff\u00fe"]


@R.form("garbled", "t132_r16_bom_residue")
def garbled_bom_residue(ctx: Ctx):
    """A byte-order mark read in another code page: at the head of the title (ï»¿关于印发…),
    of a paragraph (the joint of two concatenated files: 锘?一、…), or after a sentence's 。."""
    rng = ctx.rng
    bom = rng.choice(_BOMS)
    where = rng.choice(["top", "line", "line", "after_stop"])
    if where == "top":
        if ctx.free(0, 0):
            return _insert(0, bom, "top")
        where = "line"
    if where == "line":
        p = ctx.pick_point([ctx.lines[i][0] for i in ctx.prose_lines()])
        if p is not None:
            return _insert(p, bom, "line_start")
        return None
    stops = [s + 1 for s, e, _ in ctx.matches(rf"。(?=[{HAN}])")]
    p = ctx.pick_point(stops)
    return None if p is None else _insert(p, bom, "splice")


_SPECKS = ["l", "I", "|", "\u4e28", "\u00a6", "\u2032", "i", "j", "l", "|"]


@R.form("garbled", "t133_r16_ocr_specks")
def garbled_ocr_specks(ctx: Ctx):
    """OCR specks inside a Han word: a scan's dust or a table rule read as l, I, |, 丨, ¦ or ′
    (推进l工作, 加强|建设, 管丨理)."""
    rng = ctx.rng
    p = ctx.pick_point(ctx.han_gaps())
    if p is None:
        return None
    raw = "".join(rng.choice(_SPECKS) for _ in range(rng.choice((1, 1, 1, 2))))
    return _insert(p, raw, "splice")


_EMOJI = ["\U0001F449", "\U0001F4E2", "\U0001F525", "\U0001F4CC", "\U0001F534", "\U0001F31F", "\U0001F44D",
          "\U0001F389", "\U0001F4A1", "\u2705", "\u2b50", "\u2757"]
_EXT_B = ["\U0002C317", "\U0002C35B", "\U0002C62C", "\U0002C029", "\U0002CB4E", "\U0002CCF5", "\U0002C1D9"]


@R.form("garbled", "t134_r16_astral_utf8_misread")
def garbled_astral(ctx: Ctx):
    """Four-byte UTF-8 read in a legacy code page: a WeChat post's emoji before a paragraph or a
    clause (👉 → 馃憠 as GBK, ðŸ‘‰ as cp1252, ✅ → 鉁?), or a rare name character of CJK
    Extension B in place of a character (王𬌗 → 王瓞寳)."""
    rng = ctx.rng
    if rng.random() < 0.3:
        ch = rng.choice(_EXT_B)
        return _garble(ctx, (1,), lambda h: cp936_windows(ch.encode("utf-8")))
    emo = "".join(rng.sample(_EMOJI, rng.choice((1, 1, 2))))
    data = emo.encode("utf-8")
    if rng.random() < 0.65:
        raw = cp936_windows(data)
    else:
        raw = data.decode("cp1252", errors="replace").replace("\ufffd", "")
    if rng.random() < 0.6:
        p = ctx.pick_point([ctx.lines[i][0] for i in ctx.prose_lines()])
        return None if p is None else _insert(p, raw, "line_start")
    p = ctx.pick_point([s + 1 for s, e, _ in ctx.matches(rf"[：。](?=[{HAN}])")])
    return None if p is None else _insert(p, raw, "splice")


_SPACES = [("\u807d", 1, 4), ("\u9286\u20ac", 1, 2), ("\u00e3\u20ac\u20ac", 1, 2), ("\u00c2\u00a0", 1, 2),
           ("\u00a1\u00a1", 1, 2), ("\u807d", 2, 4)]


@R.form("garbled", "t135_r16_space_mojibake")
def garbled_space_mojibake(ctx: Ctx):
    """The paragraph indent or a no-break space in UTF-8 read in another code page: 聽聽聽聽 (NBSP
    as GBK), 銆€銆€ (the ideographic space as cp936), ã€€ (as cp1252), Â\\xa0, ¡¡ (GBK's
    ideographic space read as Latin-1), at a paragraph's head or between two words."""
    rng = ctx.rng
    unit, lo, hi = rng.choice(_SPACES)
    raw = unit * rng.randint(lo, hi)
    if rng.random() < 0.6:
        p = ctx.pick_point([ctx.lines[i][0] for i in ctx.prose_lines()])
        return None if p is None else _insert(p, raw, "line_start")
    p = ctx.pick_point(ctx.han_gaps())
    return None if p is None else _insert(p, raw, "splice")


_MARKS = "，。、：；（）“”《》"


@R.form("garbled", "t136_r16_marks_utf8_gbk")
def garbled_marks_utf8_gbk(ctx: Ctx):
    """Only the marks of a stretch in UTF-8 read as GBK, the Han characters fine: each mark keeps its
    first GBK character and loses the rest to ? or U+FFFD (加强管理锛?完成任务銆?, 鈥?十四五鈥?)."""
    rng = ctx.rng
    tail = rng.choice(["?", "?", "\ufffd"])
    pat = re.compile(rf"[{HAN}]{{2}}[{_MARKS}](?:[^\n{_MARKS}]{{1,12}}[{_MARKS}])?")
    for s, e, m in ctx.shuffled(ctx.matches(pat)):
        if not ctx.free(s, e):
            continue
        base = m.group(0)
        raw = "".join(c.encode("utf-8").decode("gbk", errors="replace")[0] + tail if c in _MARKS else c
                      for c in base)
        return _flag(s, e, raw, base)
    return None


_FIGURE = re.compile(rf"(?<![0-9.])[0-9]{{1,4}}(?:年[0-9]{{1,2}}月(?:[0-9]{{1,2}}日)?|月[0-9]{{1,2}}日|"
                     rf"(?:\.[0-9]+)?(?:万元|亿元|万人|个|项|家|所|人|万吨|公里))")


@R.form("garbled", "t137_r16_figures_utf8_gbk")
def garbled_figures_utf8_gbk(ctx: Ctx):
    """A date or a figure with its unit in UTF-8 read as GBK, the ASCII digits surviving between the
    pairs (a CMS field shown in the wrong charset): 2021年3月29日 → 2021骞?鏈?9鏃? (cp936 swallows
    the digit after a bad trail byte) or 2021骞\\ufffd3鏈\\ufffd29鏃\\ufffd; 12.5亿元 → 12.5浜垮厓."""
    return _misread_first(ctx, _FIGURE)


# ======================================================================================
# protected (keep)


@R.form("protected", "t138_r16_rare_names_boxes_questions")
def prot_rare_names_boxes_questions(ctx: Ctx):
    """Real text a garbling detector must keep: names with rare characters of the 通用规范汉字表
    outside GBK (李𬌗, 刘䶮, 陈𬍛, 王𬘬), a form's checkboxes, a FAQ's true questions."""
    rng = ctx.rng
    names = "、".join(rng.sample(["李\U0002C317", "刘\u4dae", "陈\U0002C35B", "王\U0002C62C", "张\U0002C029",
                                  "赵\U0002CB4E", "周\U0002C1D9"], 3))
    pool = [
        f"联系人：{names}",
        f"获奖人员：{names}等{rng.randint(3, 9)}名同志",
        "是否已完成备案：□是 □否",
        f"申请类型：□新办 □变更 □注销（请在相应方框内打“√”）",
        "问：个人如何申请职业技能提升补贴？",
        "问：材料提交后多久能办结？答：一般在5个工作日内办结。",
        "群众关心的“哪里办、怎么办、多久办好？”等问题逐一作出答复。",
    ]
    return keep_lines(ctx, rng.sample(pool, 3), "between")


@R.form("protected", "t139_r16_latin_codes_in_han")
def prot_latin_codes_in_han(ctx: Ctx):
    """Real Latin words and codes inside Chinese, one of them glued on both sides to Han (5G基站,
    ISO9001认证, GDP增速, U盘, IC卡, 维生素C, H7N9流感, 1+X证书, PM2.5浓度), or a link whose query
    holds lower-case percent escapes."""
    rng = ctx.rng
    pick = rng.choice([
        ("新建5G基站{n}个，全面推行ISO9001质量管理体系认证。", ["5G", "ISO9001"]),
        ("严禁使用未经加密的U盘拷贝涉密文件，统一换发IC卡。", ["U盘", "IC卡"]),
        ("做好H7N9流感防控，储备维生素C等物资{n}箱。", ["H7N9", "维生素C"]),
        ("深化1+X证书制度试点，全年PM2.5平均浓度下降{n}%。", ["1+X", "PM2.5"]),
        ("全市GDP增速高于全省平均水平，新增A级景区{n}家。", ["GDP", "A级"]),
        ("详情见https://www.example.gov.cn/s?wd=%e6%94%bf%e5%8a%a1&n={n}。",
         ["https://www.example.gov.cn/s?wd=%e6%94%bf%e5%8a%a1&n={n}"]),
    ])
    n = str(rng.randint(3, 60))
    sentence = pick[0].replace("{n}", n)
    return _protect(ctx, sentence, [t.replace("{n}", n) for t in pick[1]])
