"""More TUNE forms (second round of issue 16): other surface shapes of the same defects.

Registered into the TUNE registry of :mod:`forms_tune`; written without looking at the
held forms. See forms_tune.py for the helpers a form uses.

Metadata: the 信息公开 header of a scraped page in the layouts real sites use besides the
four of forms_tune: table cells separated by tabs or runs of spaces (with or without a
colon between label and value), a label on one line and its value on the next, pairs glued
to each other, labels in other wordings and widths, a footer block after the signature, a
line between the title and the document number. Values come in the formats pages print
(2021年03月29日, 2021.03.29, 2021/3/29, 2021-3-29 14:29:00; 江卫发[2021]12号; index numbers
of several schemes). The gold field is the canonical value: an ISO date, a document number
with 〔〕 around its year, an index number as printed.
"""

from __future__ import annotations

from forms_common import Ctx, Gold, Inj, clock, fields_ok, meta_values, rid
from forms_tune import R

# Labels per gold field, in the wordings and widths pages use (spaced labels pad to four).
_LABELS = {
    "index_number": ["索引号", "索 引 号", "索\u3000引\u3000号", "索引编号", "信息索引", "信息索引号", "索取号"],
    "doc_number": ["文号", "文\u3000\u3000号", "文  号", "发文字号", "文件编号", "发文文号", "文件字号"],
    "publisher": ["发布机构", "发文机关", "发文单位", "信息来源", "来源单位", "发布单位", "制发机关", "公开主体", "来源"],
    "publish_date": ["发布日期", "公开日期", "发布时间", "生成日期", "公布日期", "上网日期", "信息公开日期"],
    "written_date": ["成文日期", "成文时间", "发文日期", "印发日期", "签署日期"],
}
# Fields a header shows that are no gold field: the line still goes.
_OTHER = [
    (["主题分类", "信息分类", "组配分类", "内容分类"], ["卫生、体育", "城乡建设、环境保护", "综合政务", "劳动、人事", "其他"]),
    (["体裁", "体裁分类", "文种"], ["通知", "方案", "计划", "其他"]),
    (["服务对象"], ["公众", "企业", "全体"]),
    (["公开方式", "公开形式", "公开范围"], ["主动公开", "依申请公开", "面向社会"]),
    (["时效", "有效性"], ["有效", "长期", "现行有效", "继续有效"]),
    (["主题词"], ["卫生　通知", "工作　要点", "无"]),
]


def _index(ctx: Ctx) -> str:
    rng = ctx.rng
    year = int(meta_values(ctx)["written_date"][:4])
    return rng.choice([
        f"{rid(rng, 9)}/{year}-{rid(rng, 5)}",  # 000014349/2021-00123
        f"{rid(rng, 17)}{rng.choice('UXK0')}/{year}-{rid(rng, 6)}",  # 11330782329949043U/2021-374107
        f"{rid(rng, 12)}-{rid(rng, 2)}-{year}-{rid(rng, 4)}",
        f"{rng.choice(['MB', 'XA', 'ZF'])}{rid(rng, 7)}/{year}-{rid(rng, 5)}",
        f"{rid(rng, 8)}-{rid(rng, 1)}-{rid(rng, 2)}-{year}-{rid(rng, 3)}",
    ])


def _date(rng, iso: str, time_ok: bool = True) -> str:
    """A date as pages print it: zero-padded or not, with 年月日, dots, slashes, dashes, a time."""
    y, m, d = map(int, iso.split("-"))
    shown = rng.choice([f"{y}年{m:02d}月{d:02d}日", f"{y}.{m:02d}.{d:02d}", f"{y}/{m}/{d}", f"{y}-{m}-{d}",
                        f"{y}年{m}月{d}日", f"{y}-{m:02d}-{d:02d}", f"{y}/{m:02d}/{d:02d}"])
    if time_ok and rng.random() < 0.3:
        shown += rng.choice([" ", "  "]) + (clock(rng, True) if "-" in shown or "/" in shown else
                                            f"{rng.randint(8, 17):02d}时{rng.randint(0, 59):02d}分")
    return shown


def _doc_number(rng, number: str) -> str:
    """The document number with the year's brackets as sites type them."""
    a, b = rng.choice([("〔", "〕"), ("[", "]"), ("［", "］"), ("【", "】"), ("（", "）"), ("(", ")"), ("〔", "〕")])
    return number.replace("〔", a).replace("〕", b)


def _values(ctx: Ctx, keys) -> tuple[dict, dict]:
    """(gold fields, shown values) for the given fields, consistent with the document."""
    rng = ctx.rng
    v = meta_values(ctx)
    gold, shown = {}, {}
    for key in keys:
        if key == "index_number":
            gold[key] = shown[key] = _index(ctx)
        elif key == "doc_number":
            gold[key] = v[key]
            shown[key] = _doc_number(rng, v[key])
        elif key.endswith("date"):
            gold[key] = v[key]
            shown[key] = _date(rng, v[key])
        else:
            gold[key] = shown[key] = v[key]
    return gold, shown


def _pairs(ctx: Ctx, n_gold: int, n_other: int) -> tuple[dict, list[tuple[str, str]]]:
    """Gold fields and the (label, shown value) pairs of a header, in a random order."""
    rng = ctx.rng
    keys = rng.sample(list(_LABELS), n_gold)
    gold, shown = _values(ctx, keys)
    pairs = [(rng.choice(_LABELS[k]), shown[k]) for k in keys]
    for labels, values in rng.sample(_OTHER, n_other):
        pairs.append((rng.choice(labels), rng.choice(values)))
    rng.shuffle(pairs)
    return gold, pairs


def _header_points(ctx: Ctx) -> list[int]:
    """Line starts inside the header: after the title, between its number and addressee lines."""
    body = ctx.body_range()
    return [ctx.lines[i][0] for i in range(1, min(body.start + 1, len(ctx.lines)))]


def _block(ctx: Ctx, rows: list[str], fields: dict, wheres) -> Inj | None:
    """Insert ``rows`` as lines of their own at one point; each line is a gold removal."""
    if not fields_ok(ctx, fields):
        return None
    where = ctx.rng.choice(wheres)
    points = _header_points(ctx) if where == "header" else ctx.boundaries(where)
    p = ctx.pick_point(points)
    if p is None:
        return None
    raw, golds = "", []
    for row in rows:
        piece = "\n" + row if p == len(ctx.text) else row + "\n"
        golds.append(Gold(len(raw), len(raw) + len(piece), "metadata", "remove", "", where=where))
        raw += piece
    return Inj(p, p, raw, golds, fields=fields)


def _colon(rng) -> str:
    return rng.choice(["：", ":", "：", "： ", ": "])


@R.form("metadata", "t5_table_cells")
def meta_table_cells(ctx: Ctx):
    """A header table flattened to text: two pairs per row, cells split by tabs or space runs,
    label and value split by a colon, a tab or a wide space (索引号\\t000014349/2021-00123\\t主题分类\\t卫生)."""
    rng = ctx.rng
    gold, pairs = _pairs(ctx, rng.randint(2, 4), rng.randint(1, 3))
    inner = rng.choice(["：", ":", "\t", "\u3000", "\u3000\u3000", "  "])
    outer = rng.choice(["\t", "\t\t", "\u3000\u3000", "    ", " \t", "\u3000\u3000\u3000"])
    cells = [label + inner + value for label, value in pairs]
    rows = [outer.join(cells[i:i + 2]) for i in range(0, len(cells), 2)]
    return _block(ctx, rows, gold, ("head", "head", "top", "header"))


@R.form("metadata", "t6_label_then_value")
def meta_label_then_value(ctx: Ctx):
    """Label and value on separate lines, as a scraper splits spans (发布时间：\\n2021-03-29 09:30:21
    \\n来源：\\nXX局), sometimes with an empty counter label (阅读量：) left behind."""
    rng = ctx.rng
    keys = rng.sample(["publisher", "publish_date", "written_date", "doc_number", "index_number"], rng.randint(1, 3))
    gold, shown = _values(ctx, keys)
    rows = []
    for key in keys:
        label = rng.choice(_LABELS[key]) + rng.choice(["：", ":", "："])
        rows += [label, shown[key]]
    if rng.random() < 0.5:
        counter = rng.choice(["阅读量", "浏览次数", "访问量", "点击数"]) + rng.choice(["：", ":"])
        rows += [counter] if rng.random() < 0.5 else [counter, str(rng.randint(12, 4800))]
    return _block(ctx, rows, gold, ("head", "top", "header"))


@R.form("metadata", "t7_glued_pairs")
def meta_glued_pairs(ctx: Ctx):
    """Pairs glued to each other without a space, labels bare or in 【】 [] ［］, sometimes
    with widget words after the last value (发布机构：XX局发布日期：2021.03.29【打印】【关闭】)."""
    rng = ctx.rng
    gold, pairs = _pairs(ctx, rng.randint(2, 3), rng.randint(0, 1))
    a, b = rng.choice([("", ""), ("【", "】"), ("[", "]"), ("［", "］"), ("", "")])
    colon_after = "" if a and rng.random() < 0.5 else None
    line = "".join(f"{a}{label}{b}{_colon(rng) if colon_after is None else ''}{value}" for label, value in pairs)
    if rng.random() < 0.4:
        line += rng.choice(["【打印】【关闭】", " [打印本页] [关闭窗口]", "  字号：大 中 小", "【字体：大 中 小】", " 分享到："])
    return _block(ctx, [line], gold, ("head", "top", "header", "tail"))


@R.form("metadata", "t8_synonym_lines")
def meta_synonym_lines(ctx: Ctx):
    """One field per line in other wordings and widths (信息索引 / 文　　号 / 制发机关 / 公开日期 /
    印发日期 …), a colon or a wide space between label and value."""
    rng = ctx.rng
    gold, pairs = _pairs(ctx, rng.randint(1, 3), rng.randint(0, 1))
    sep = rng.choice(["：", ":", "：", "\u3000", "\u3000\u3000"])
    rows = [label + sep + value for label, value in pairs]
    return _block(ctx, rows, gold, ("head", "top", "header"))


@R.form("metadata", "t9_footer_block")
def meta_footer_block(ctx: Ctx):
    """The page's fields at its very end, after the signature: 信息来源：XX　发布日期：…　浏览次数：123,
    or each in brackets (【发布机构：XX】【发布时间：…】)."""
    rng = ctx.rng
    keys = rng.sample(["publisher", "publish_date", "index_number"], rng.randint(1, 2))
    gold, shown = _values(ctx, keys)
    pairs = [(rng.choice(_LABELS[k]), shown[k]) for k in keys]
    if rng.random() < 0.5:
        pairs.append((rng.choice(["浏览次数", "访问量", "点击数"]), str(rng.randint(5, 9000))))
    if rng.random() < 0.5:
        line = "".join(f"【{label}{_colon(rng)}{value}】" for label, value in pairs)
    else:
        line = rng.choice(["\u3000\u3000", "  ", " | ", "\t"]).join(label + _colon(rng) + value for label, value in pairs)
    return _block(ctx, [line], gold, ("tail",))


@R.form("metadata", "t10_doc_number_header")
def meta_doc_number_header(ctx: Ctx):
    """The document number, written date and publisher as a 信息公开 row between the title and
    the document's own header lines (发文字号：江卫发［2021］12号　成文日期：2021年03月29日)."""
    rng = ctx.rng
    keys = ["doc_number"] + rng.sample(["written_date", "publisher", "publish_date"], rng.randint(0, 2))
    gold, shown = _values(ctx, keys)
    pairs = [(rng.choice(_LABELS[k]), shown[k]) for k in keys]
    rng.shuffle(pairs)
    line = rng.choice(["\u3000\u3000", "  ", " ", "\t"]).join(label + _colon(rng) + value for label, value in pairs)
    return _block(ctx, [line], gold, ("header", "header", "top"))
