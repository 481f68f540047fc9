"""More TUNE forms (round 10): metadata, written blind (before reading the rules of the family).

Registered into the TUNE registry of :mod:`forms_tune`; see forms_tune.py for the helpers a form uses.
"""

from __future__ import annotations

from forms_tune import R  # noqa: F401  (forms register themselves on import)

import re  # noqa: E402

from forms_common import Ctx, Gold, Inj, fields_ok, rid  # noqa: E402
from forms_tune_metadata import _block, _values  # noqa: E402

_FW = str.maketrans("0123456789-/:", "０１２３４５６７８９－／：")


def _ymd(iso: str) -> tuple[int, int, int]:
    y, m, d = map(int, iso.split("-"))
    return y, m, d


def _other_date(rng, iso: str) -> str:
    """A date the way other CMSs print it (2021-03-29 / 2021/3/29 / 2021.03.29 / 2021年03月29日 14:30 / ISO with a T)."""
    y, m, d = _ymd(iso)
    h, mi, s = rng.randint(8, 18), rng.randint(0, 59), rng.randint(0, 59)
    return rng.choice([
        f"{y}-{m:02d}-{d:02d}", f"{y}/{m}/{d}", f"{y}.{m:02d}.{d:02d}", f"{y}年{m:02d}月{d:02d}日 {h:02d}:{mi:02d}",
        f"{y}-{m:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}", f"{y}/{m:02d}/{d:02d} {h}:{mi:02d}",
        f"{y}年{m}月{d}日 星期{'一二三四五六日'[rng.randint(0, 6)]}", f"{y}.{m}.{d} {h:02d}:{mi:02d}:{s:02d}",
        f"{y}年{m}月{d}日{h}时{mi}分", f"{y}-{m}-{d} 上午{rng.randint(8, 11)}:{mi:02d}",
        f"{y}-{m:02d}-{d:02d}".translate(_FW),
    ])


def _province_index(rng, year: int) -> str:
    """索引号 as other provinces' platforms number them: an organisation code, a column code, the year, a serial."""
    org9, serial = rid(rng, 9), rid(rng, 5)
    return rng.choice([
        f"{rid(rng, 8)}{rng.choice('0123456789X')}/{year}-{serial}",  # 9-char organisation code
        f"11{rid(rng, 4)}00{rid(rng, 8)}{rng.choice('ABCDKMNX')}/{year}-{rid(rng, 6)}",  # 18-char credit code
        f"{org9}-{rid(rng, 2)}-{year}-{rid(rng, 4)}",
        f"{rng.choice(['K', 'A', 'B'])}{rid(rng, 10)}/{year}-{rid(rng, 4)}",
        f"{rid(rng, 6)}-{rid(rng, 4)}-{year}-{rid(rng, 3)}",
        f"{org9}/{year}{rid(rng, 2)}-{rid(rng, 5)}",
        f"{rid(rng, 3)}{rng.choice(['SJ', 'ZC', 'GK'])}-{year}-{rid(rng, 5)}",
        f"{org9}/{rng.choice(['0301', '0105', '1201'])}/{year}-{rid(rng, 4)}",
    ])


# ======================================================================================
# metadata (remove; values into fields): shapes written blind in round 10


@R.form("metadata", "t70_label_break_value")
def meta_label_break_value(ctx: Ctx):
    """The page's label and value in cells that the scrape put on lines of their own (发布日期： / 2021-03-29 /
    来源： / 江岭市卫生健康委员会), sometimes a last label whose value was a script (浏览次数：) with nothing after it:
    the next line (the body) is not its value."""
    rng = ctx.rng
    keys = rng.sample(["publish_date", "publisher", "doc_number", "written_date"], rng.randint(1, 3))
    gold, shown = _values(ctx, keys)
    labels = {"publish_date": ["发布日期", "发布时间", "公开日期"], "publisher": ["来源", "发布机构", "信息来源"],
              "doc_number": ["发文字号", "文号"], "written_date": ["成文日期"]}
    col = rng.choice(["：", ":", "：", ""])
    rows = []
    for k in keys:
        rows.append(rng.choice(labels[k]) + col)
        rows.append(_other_date(rng, gold[k]) if k.endswith("date") else shown[k])
    if rng.random() < 0.5:
        rows.append(rng.choice(["浏览次数：", "访问量：", "点击数：", "阅读次数:"]))
    return _block(ctx, rows, gold, ("head", "top", "tail"))


@R.form("metadata", "t71_footer_after_signature")
def meta_footer_after_signature(ctx: Ctx):
    """A page footer after the signature date, no heading: one or two rows of pairs with bars, an empty-valued
    counter and print/close links (发布时间：2021.03.29 | 来源：XX | 浏览次数： | 【打印】【关闭】)."""
    rng = ctx.rng
    if ctx.signature_line >= len(ctx.lines):
        return None
    keys = rng.sample(["publish_date", "publisher", "index_number"], rng.randint(1, 2))
    if "publish_date" not in keys:
        keys.append("publish_date")
    gold, shown = _values(ctx, keys)
    labels = {"publish_date": ["发布时间", "发布日期", "信息发布时间"], "publisher": ["来源", "文章来源", "发布单位"],
              "index_number": ["索引号"]}
    cells = [rng.choice(labels[k]) + rng.choice(["：", ":"]) + (_other_date(rng, gold[k]) if k.endswith("date") else shown[k])
             for k in keys]
    if rng.random() < 0.6:
        cells.append(rng.choice(["浏览次数：", "点击：", "阅读："]) + rng.choice(["", str(rng.randint(5, 4000))]))
    sep = rng.choice([" | ", "　|　", "  ", "｜", "\u3000\u3000"])
    rows = [sep.join(cells)]
    if rng.random() < 0.5:
        rows.append(rng.choice(["【打印】【关闭】", "[打印本页] [关闭窗口]", "打印 | 关闭 | 返回顶部"]))
    golds_rows = rows if rng.random() < 0.7 else [sep.join(rows)]
    return _block(ctx, golds_rows, gold, ("tail",))


@R.form("metadata", "t72_province_index_shapes")
def meta_province_index_shapes(ctx: Ctx):
    """索引号 in the shapes other provinces' platforms use (11330000…K/2021-000123, 000014349-03-2021-0012,
    K23010500/2021-0456, full-width ／ and －), label spaced or bracketed, sometimes with 主题分类 / 公开方式 cells."""
    rng = ctx.rng
    year = int(_values(ctx, ["written_date"])[0]["written_date"][:4])
    index = _province_index(rng, year)
    gold = {"index_number": index}
    if not fields_ok(ctx, gold):
        return None
    shown = index.replace("/", "／").replace("-", "－") if rng.random() < 0.2 else index
    label = rng.choice(["索引号", "索 引 号", "[索引号]", "〔索引号〕", "信息索引号", "索\u3000引\u3000号"])
    sep = "" if label.endswith(("]", "〕")) and rng.random() < 0.5 else rng.choice(["：", ":", " ", "：", "\u3000"])
    cell = label + sep + shown
    extra = rng.choice(["", "主题分类：综合政务", "公开方式：主动公开", "组配分类：部门文件", "体裁分类：通知"])
    line = cell + (rng.choice(["\u3000\u3000", " | ", "  "]) + extra if extra else "")
    return _block(ctx, [line], gold, ("head", "top", "header", "tail"))


@R.form("metadata", "t73_prefixed_bracket_labels")
def meta_prefixed_bracket_labels(ctx: Ctx):
    """Labels with prefixes or synonyms in brackets of several kinds, values in other date formats
    ([信息发布时间] 2021/3/29 14:30 〔信息来源〕XX局 / 「发稿时间」2021.03.29 / （发布日期）2021年03月29日 14:30)."""
    rng = ctx.rng
    keys = ["publish_date"] + (["publisher"] if rng.random() < 0.6 else [])
    gold, shown = _values(ctx, keys)
    labels = {"publish_date": ["信息发布时间", "发稿时间", "网站发布日期", "发布时间", "信息发布日期"],
              "publisher": ["信息来源", "来源单位", "稿件来源"]}
    a, b = rng.choice([("[", "]"), ("〔", "〕"), ("「", "」"), ("（", "）"), ("<", ">"), ("［", "］")])
    cells = [f"{a}{rng.choice(labels[k])}{b}{rng.choice(['', ' ', '：'])}"
             + (_other_date(rng, gold[k]) if k.endswith("date") else shown[k]) for k in keys]
    rng.shuffle(cells)
    rows = cells if rng.random() < 0.4 else [rng.choice(["  ", "\u3000", " "]).join(cells)]
    return _block(ctx, rows, gold, ("head", "top", "header"))


@R.form("metadata", "t74_gk_table_with_title_cell")
def meta_gk_table_with_title_cell(ctx: Ctx):
    """A 信息公开 table as text above the title, its rows holding two label/value pairs each and a 标题 row that
    repeats the title (索引号｜…｜主题分类｜… / 标　　题｜<title> / 发文字号｜…｜发布日期｜…): all of it goes, the title
    line of the document opens the clean text."""
    rng = ctx.rng
    if not ctx.free(0, 0):
        return None
    title = ctx.lines[0][2]
    keys = rng.sample(["publisher", "publish_date", "written_date", "doc_number", "index_number"], rng.randint(2, 4))
    gold, shown = _values(ctx, keys)
    if not fields_ok(ctx, gold):
        return None
    labels = {"publisher": "发文机关", "publish_date": "发布日期", "written_date": "成文日期", "doc_number": "发文字号",
              "index_number": "索引号"}
    bar = rng.choice(["｜", " | ", "\t", "│"])
    pairs = [(labels[k], _other_date(rng, gold[k]) if k.endswith("date") else shown[k]) for k in keys]
    pairs.append(("主题分类", rng.choice(["综合政务", "卫生、体育", "城乡建设"])))
    rows = [bar.join(f"{lab}{bar}{val}" for lab, val in pairs[i:i + 2]) for i in range(0, len(pairs), 2)]
    rows.insert(rng.randint(0, len(rows)), rng.choice(["标\u3000\u3000题", "标题", "名\u3000\u3000称", "文件名称"]) + bar + title)
    raw, golds = "", []
    for row in rows:
        piece = row + "\n"
        golds.append(Gold(len(raw), len(raw) + len(piece), "metadata", "remove", "", where="top"))
        raw += piece
    ctx.take(0, 0)
    return Inj(0, 0, raw, golds, fields=gold)


@R.form("metadata", "t75_paren_pairs_under_title")
def meta_paren_pairs_under_title(ctx: Ctx):
    """The pairs in one parenthesis or dash line right under the title, as news-style CMSs print them
    (（发布时间：2021-03-29　来源：XX局）/ [ 来源：XX | 时间：2021/3/29 ] / ——来源：XX　2021年03月29日)."""
    rng = ctx.rng
    gold, shown = _values(ctx, ["publish_date", "publisher"])
    d = _other_date(rng, gold["publish_date"])
    src = shown["publisher"]
    line = rng.choice([
        f"（发布时间：{d}\u3000来源：{src}）", f"[ 来源：{src} | 时间：{d} ]", f"——来源：{src}\u3000{d}",
        f"(来源: {src}  日期: {d})", f"【{d}　来源：{src}】", f"时间：{d}　　作者：办公室　　来源：{src}",
    ])
    return _block(ctx, [line], gold, ("head",))


@R.form("metadata", "t76_end_block_mixed_layouts")
def meta_end_block_mixed_layouts(ctx: Ctx):
    """A metadata block at the very END in mixed layouts: one field per line with half-width colons, then two on a
    line, a label with no colon (成文日期 2021年3月29日 / 发文字号：… 索引号：… / 发布日期:2021.03.29)."""
    rng = ctx.rng
    keys = rng.sample(["publish_date", "written_date", "doc_number", "index_number", "publisher"], rng.randint(2, 4))
    gold, shown = _values(ctx, keys)
    labels = {"publish_date": "发布日期", "written_date": "成文日期", "doc_number": "发文字号", "index_number": "索引号",
              "publisher": "发布机构"}
    cells = [labels[k] + rng.choice([":", "：", " ", "\u3000"]) + (_other_date(rng, gold[k]) if k.endswith("date") else shown[k])
             for k in keys]
    rows, i = [], 0
    while i < len(cells):
        n = rng.choice([1, 2])
        rows.append(rng.choice(["\u3000\u3000", "    ", " | "]).join(cells[i:i + n]))
        i += n
    return _block(ctx, rows, gold, ("tail",))


# ======================================================================================
# protected (keep): the document's own text that looks like the shapes above


def _keep_rows(ctx: Ctx, rows: list[str]):
    p = ctx.pick_point(ctx.boundaries("between"))
    if p is None:
        return None
    raw, golds = "", []
    for row in rows:
        golds.append(Gold(len(raw), len(raw) + len(row), "protected", "keep", row, where="between"))
        raw += row + "\n"
    return Inj(p, p, raw, golds)


@R.form("protected", "t_r10m_meta_words_in_body")
def prot_meta_words_in_body(ctx: Ctx):
    """Body paragraphs that use 发布时间 / 来源 / 索引号 / 发文字号 as words, some with a colon and a date after the
    label (a schedule item), some as the first words of a sentence: content, must stay."""
    rng = ctx.rng
    y, m, d = rng.randint(2019, 2025), rng.randint(1, 12), rng.randint(1, 28)
    line = rng.choice([
        f"（三）发布时间：{y}年{m}月{d}日前，各地在本级政府门户网站同步公开。",
        f"发布时间和来源要在稿件末尾注明，{m}月起纳入网站考核。",
        "经费来源：市级财政预算安排，不足部分由各县（市、区）自筹解决。",
        f"各单位报送的信息须注明来源，发布时间不得早于{y}年{m}月{d}日。",
        "文件的索引号、发文字号和成文日期由公文系统自动生成，不得手工修改。",
        f"数据来源：{y}年全市统计年鉴和各部门报送的季度报表。",
    ])
    return _keep_rows(ctx, [line])


@R.form("protected", "t_r10m_body_table_meta_columns")
def prot_body_table_meta_columns(ctx: Ctx):
    """The document's own table of documents (an annex list): a header row whose columns are 文号 / 发布日期 / 来源,
    rows with a document number and a date in them (序号｜文件名称｜文号｜发布日期 / 1｜关于…的通知｜江卫发〔2021〕3号｜2021-03-02)."""
    rng = ctx.rng
    sep = rng.choice(["｜", " | ", "\u3000"])
    y = rng.randint(2019, 2025)
    head = sep.join(rng.choice([["序号", "文件名称", "文号", "发布日期"], ["序号", "文件名称", "发文字号", "成文日期"],
                                ["序号", "信息名称", "来源", "发布时间"]]))
    names = ["关于加强基层卫生服务能力建设的通知", "关于做好春季安全生产工作的通知", "关于印发年度工作要点的通知"]
    rows = [head]
    for i in range(1, rng.randint(2, 3) + 1):
        mid = rng.choice([f"江卫发〔{y}〕{rng.randint(2, 40)}号", "市卫生健康委员会", f"江政办发〔{y}〕{rng.randint(2, 40)}号"])
        rows.append(sep.join([str(i), names[i - 1], mid, f"{y}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"]))
    return _keep_rows(ctx, rows)
