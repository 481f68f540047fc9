"""More TUNE forms (round 9): metadata, written blind (before reading the rules of the family).

Registered into the TUNE registry of :mod:`forms_tune`; see forms_tune.py for the helpers a form uses.
"""

from __future__ import annotations

from forms_tune import R  # noqa: F401  (forms register themselves on import)

import re  # noqa: E402

from forms_common import Ctx, Gold, Inj, rid  # noqa: E402
from forms_tune_metadata import _block, _values  # noqa: E402
from forms_tune_r7_chrome_meta import _protect_rows  # noqa: E402

_FW_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")
_WIDE = ["\u3000", "\u3000\u3000", "  ", "\t", " "]


def _y_m_d(iso: str) -> tuple[int, int, int]:
    y, m, d = map(int, iso.split("-"))
    return y, m, d


def _any_date(rng, iso: str) -> str:
    """A date in one of the ways a page prints it, a clock time sometimes after it."""
    y, m, d = _y_m_d(iso)
    shown = rng.choice([f"{y}/{m}/{d}", f"{y}.{m:02d}.{d:02d}", f"{y}年{m}月{d}日", f"{y}-{m:02d}-{d:02d}",
                        f"{y}年{m:02d}月{d:02d}日", f"{y}.{m}.{d}"])
    if rng.random() < 0.4:
        h, mi = rng.randint(8, 18), rng.randint(0, 59)
        shown += rng.choice([f" {h}:{mi:02d}", f" {h:02d}:{mi:02d}:{rng.randint(0, 59):02d}", f"{h}时{mi}分" if "年" in shown
                             else f" {h:02d}:{mi:02d}"])
    return shown


# ======================================================================================
# metadata (remove; values into fields): shapes written blind in round 9


@R.form("metadata", "t60_fullwidth_digit_values")
def meta_fullwidth_digit_values(ctx: Ctx):
    """Values typed in full-width digits by an editor's IME (发布日期：２０２１年３月２９日 / 文号：江卫发〔２０２１〕１２号 /
    索引号：０００１４３４９／２０２１－００１２３), a colon with spaces around it sometimes (发布日期 ： …)."""
    rng = ctx.rng
    keys = rng.sample(["publish_date", "doc_number", "index_number", "written_date"], rng.randint(1, 3))
    gold, shown = _values(ctx, keys)
    labels = {"publish_date": ["发布日期", "公开日期", "发布时间"], "doc_number": ["文号", "发文字号"],
              "index_number": ["索引号"], "written_date": ["成文日期", "印发日期"]}
    sep = rng.choice(["：", " ： ", "： ", " ：", "\u3000：\u3000"])
    cells = []
    for k in keys:
        v = _any_date(rng, gold[k]) if k.endswith("date") else shown[k]
        v = v.translate(_FW_DIGITS)
        if k == "index_number" and rng.random() < 0.5:
            v = v.replace("/", "／").replace("-", "－")
        cells.append(rng.choice(labels[k]) + sep + v)
    rows = cells if rng.random() < 0.5 else [rng.choice(["\u3000\u3000", "  ", " | "]).join(cells)]
    return _block(ctx, rows, gold, ("head", "top", "header"))


@R.form("metadata", "t61_no_separator_pairs")
def meta_no_separator_pairs(ctx: Ctx):
    """Label and value with nothing between them where the page's colon was a CSS ::after
    (发布日期2021-03-29来源江岭市卫生健康委员会 / 发文机关江岭市…　成文日期2021年3月29日), one row or one per line."""
    rng = ctx.rng
    keys = rng.sample(["publish_date", "publisher", "written_date", "doc_number"], rng.randint(2, 3))
    gold, shown = _values(ctx, keys)
    labels = {"publish_date": ["发布日期", "发布时间", "公开日期"], "publisher": ["来源", "发布机构", "发文机关", "信息来源"],
              "written_date": ["成文日期", "发文日期"], "doc_number": ["文号", "发文字号"]}
    cells = [rng.choice(labels[k]) + (_any_date(rng, gold[k]) if k.endswith("date") else shown[k]) for k in keys]
    r = rng.random()
    rows = cells if r < 0.35 else [rng.choice(["", "", "\u3000", " "]).join(cells)]
    return _block(ctx, rows, gold, ("head", "top", "header"))


@R.form("metadata", "t62_ocr_spaced_header")
def meta_ocr_spaced_header(ctx: Ctx):
    """A header read back by OCR from a scanned page: spaces between the characters of the label and
    inside the date (发 布 日 期 ： 2021 年 3 月 29 日 / 来 源 ： 江岭市卫生健康委员会)."""
    rng = ctx.rng
    keys = rng.sample(["publish_date", "publisher", "written_date"], rng.randint(1, 2))
    gold, shown = _values(ctx, keys)
    labels = {"publish_date": ["发布日期", "公开日期"], "publisher": ["来源", "发布机构"], "written_date": ["成文日期"]}
    rows = []
    for k in keys:
        label = " ".join(rng.choice(labels[k]))
        if k.endswith("date"):
            y, m, d = _y_m_d(gold[k])
            v = rng.choice([f"{y} 年 {m} 月 {d} 日", f"{y}年 {m}月 {d}日", f"{y} 年{m} 月{d} 日"])
        else:
            v = shown[k]
        rows.append(label + rng.choice([" ： ", "：", " :"]) + v)
    rows = rows if rng.random() < 0.5 else [rng.choice(["    ", "\u3000\u3000"]).join(rows)]
    return _block(ctx, rows, gold, ("head", "top"))


@R.form("metadata", "t63_english_only_labels")
def meta_english_only_labels(ctx: Ctx):
    """An English-language template's labels alone (Source: 江岭市卫生健康委员会 | Date: 2021/3/29 /
    Published: 2021-03-29 · Publisher: … / Doc No.: 江卫发〔2021〕12号), one row or one per line."""
    rng = ctx.rng
    keys = rng.sample(["publish_date", "publisher", "doc_number"], rng.randint(1, 3))
    if "publish_date" not in keys and "publisher" not in keys:
        keys.append("publisher")
    gold, shown = _values(ctx, keys)
    labels = {"publish_date": ["Date", "Published", "Release Date", "Posted", "Publish Date"],
              "publisher": ["Source", "Publisher", "From", "Issued by"], "doc_number": ["Doc No.", "Document No.", "File No."]}
    cells = [rng.choice(labels[k]) + rng.choice([": ", ":", "："]) + (_any_date(rng, gold[k]) if k.endswith("date") else shown[k])
             for k in keys]
    rows = cells if rng.random() < 0.4 else [rng.choice([" | ", "  ", " · ", "\u3000"]).join(cells)]
    return _block(ctx, rows, gold, ("head", "top", "tail"))


@R.form("metadata", "t64_end_block_with_heading")
def meta_end_block_with_heading(ctx: Ctx):
    """The page's fields as a block at the END, under a heading of its own (【文件信息】 / 信息公开属性： /
    ■ 基本信息), one field per line after the signature date."""
    rng = ctx.rng
    keys = rng.sample(["publish_date", "publisher", "index_number", "doc_number"], rng.randint(2, 3))
    gold, shown = _values(ctx, keys)
    labels = {"publish_date": ["发布日期", "公开日期", "生成日期"], "publisher": ["发布机构", "发文单位", "信息来源"],
              "index_number": ["索引号"], "doc_number": ["发文字号", "文号"]}
    rows = [rng.choice(["【文件信息】", "信息公开属性：", "■ 基本信息", "[附] 公开属性", "—— 文件属性 ——"])]
    for k in keys:
        v = _any_date(rng, gold[k]) if k.endswith("date") else shown[k]
        rows.append(rng.choice(labels[k]) + rng.choice(["：", ":", "\u3000", "\t"]) + v)
    if rng.random() < 0.5:
        rows.append(rng.choice(["公开方式：主动公开", "有效性：有效", "主题分类：综合政务"]))
    # the end of the document only: the block comes after the signature
    return _block(ctx, rows, gold, ("tail",)) if ctx.signature_line < len(ctx.lines) else None


@R.form("metadata", "t65_icon_glyph_labels")
def meta_icon_glyph_labels(ctx: Ctx):
    """Labels that were icon-font glyphs: the scrape keeps a private-use character (or a pictograph) where the
    page drew a clock or a building (\\ue6b8 2021-03-29\\u3000\\ue60c 江岭市卫生健康委员会 / 🕒 2021-03-29 ◉ 来源：…)."""
    rng = ctx.rng
    gold, shown = _values(ctx, ["publish_date", "publisher"])
    icon_a = rng.choice(["\ue6b8", "\ue61b", "\uf017", "🕒", "📅", "\ue7e5"])
    icon_b = rng.choice(["\ue60c", "\ue6a2", "\uf19c", "🏛", "\ue8b5"])
    d = _any_date(rng, gold["publish_date"])
    src = rng.choice(["", "来源：", "来源 "]) + shown["publisher"]
    gap = rng.choice(["\u3000", "  ", " ", "\u3000\u3000"])
    line = f"{icon_a}{rng.choice(['', ' '])}{d}{gap}{icon_b}{rng.choice(['', ' '])}{src}"
    if rng.random() < 0.4:
        eye = rng.choice(["\ue6c3", "👁", "\uf06e"])
        line += f"{gap}{eye} {rng.randint(10, 9999)}"
    return _block(ctx, [line], gold, ("head", "top"))


# ======================================================================================
# protected (keep): the document's own text in the shapes above


@R.form("protected", "t60_meta_labels_in_prose")
def prot_meta_labels_in_prose(ctx: Ctx):
    """Body sentences that open with a metadata label and no colon, or carry one mid-sentence
    (发布时间为每月10日前… / 文号由委办公室统一编排… / 来源于财政专项资金的项目…): content, must stay."""
    rng = ctx.rng
    d = rng.randint(5, 25)
    line = rng.choice([
        f"发布时间为每月{d}日前，逾期未发布的由市卫生健康委员会通报。",
        "文号由委办公室统一编排，各处室不得自行编号印发文件。",
        "来源于财政专项资金的项目，要严格执行资金管理办法，专款专用。",
        "索引号、主题分类、公开方式等属性由信息公开平台自动生成，各单位要认真核对。",
        f"发布日期以正式印发文件为准，各地不得提前在网站发布，{d}日内完成转载。",
        "信息来源须注明原发单位，转载其他网站稿件的要经分管领导审核。",
    ])
    return _protect_rows(ctx, [line], ["between"])


@R.form("protected", "t61_own_schedule_table")
def prot_own_schedule_table(ctx: Ctx):
    """The document's own schedule table flattened: a row of column names (时间　地点　责任单位) and a row of
    values with a date and an organisation under it, like a metadata table but content (between paragraphs)."""
    rng = ctx.rng
    sep = rng.choice(["\u3000", " | ", "｜"])  # no space runs: the space family narrows those
    y = rng.randint(2019, 2025)
    head = sep.join(rng.choice([["时间", "地点", "责任单位"], ["日期", "内容", "牵头单位"], ["时间", "来源", "承办单位"]]))
    value = sep.join([rng.choice([f"{y}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", f"{y}/{rng.randint(1, 12)}/{rng.randint(1, 28)}"]),
                      rng.choice(["市民服务中心", "业务培训", "省级财政补助"]),
                      rng.choice(["市卫生健康委员会", "市教育局", "各县（市、区）人民政府"])])
    return _protect_rows(ctx, [head, value], ["between"])
