"""More TUNE forms (round 13): metadata, written blind (before reading the rules of the family).

Registered into the TUNE registry of :mod:`forms_tune`; see forms_tune.py for the helpers a form uses.
Shapes other CMSs print that the earlier rounds did not: news rows mixing many labels with a second
(update) date among them, a 来源 that names another organ than the issuer, a 标题 field repeating the
title, the header glued before the title on its line, rows showing dates that are neither the
publication nor the written date (施行日期, 有效期), 索引号 built from letters and Chinese
abbreviations, pairs in one bracket split by semicolons. Two protected forms: a notice's own meeting
arrangements (时间：/地点：/联系人：) and submission or training arrangements with date labels.
"""

from __future__ import annotations

from forms_tune import R  # noqa: F401  (forms register themselves on import)

from forms_common import Ctx, Gold, Inj, fields_ok, rid  # noqa: E402
from forms_tune_metadata import _block, _values  # noqa: E402
from forms_tune_r7_chrome_meta import _protect_rows  # noqa: E402

_FW = str.maketrans("0123456789", "０１２３４５６７８９")
_NAMES = ["张明", "李华", "王静", "赵磊", "陈晓", "刘洋", "周婷", "吴斌"]


def _ymd(iso: str) -> tuple[int, int, int]:
    y, m, d = map(int, iso.split("-"))
    return y, m, d


def _date(rng, iso: str) -> str:
    """A date as news CMSs print it: 2021年03月29日 / 2021/3/29 / 2021.03.29 / with a time, a weekday, full width."""
    y, m, d = _ymd(iso)
    h, mi, s = rng.randint(7, 21), rng.randint(0, 59), rng.randint(0, 59)
    shown = rng.choice([
        f"{y}年{m:02d}月{d:02d}日", f"{y}/{m}/{d}", f"{y}.{m:02d}.{d:02d}", f"{y}-{m:02d}-{d:02d} {h:02d}:{mi:02d}",
        f"{y}年{m}月{d}日 {h:02d}:{mi:02d}:{s:02d}", f"{y}/{m:02d}/{d:02d} {h}:{mi:02d}:{s:02d}",
        f"{y}.{m}.{d}", f"{y}-{m}-{d}", f"{y}年{m:02d}月{d:02d}日{h:02d}:{mi:02d}",
    ])
    return shown.translate(_FW) if rng.random() < 0.1 else shown


def _later(iso: str, days: int) -> str:
    y, m, d = _ymd(iso)
    d2 = d + days
    if d2 > 28:
        m, d2 = (m % 12) + 1, d2 - 28
        if m == 1:
            y += 1
    return f"{y}-{m:02d}-{d2:02d}"


def _other_organ(rng, publisher: str) -> str:
    """An organ that is not the issuer: a newspaper, an agency, the city's media centre, a general office."""
    city = publisher[:3] if len(publisher) >= 3 else "江岭市"
    return rng.choice([f"{city}日报", "新华社", f"{city}融媒体中心", f"{city[:2]}新闻网", f"{city}人民政府办公室",
                       "人民网", f"{city}广播电视台"])


# ======================================================================================
# metadata (remove; values into fields): shapes written blind in round 13


@R.form("metadata", "t80_news_row_many_labels")
def meta_news_row_many_labels(ctx: Ctx):
    """A news CMS's row mixing many labels, only two of them gold (发布时间：… | 更新时间：<a later date> | 信息来源：XX |
    撰稿：张明 | 责任编辑：李华 | 浏览次数：123 | 主办：XX): the update date is not the publication date."""
    rng = ctx.rng
    gold, shown = _values(ctx, ["publish_date", "publisher"])
    cells = [rng.choice(["发布时间", "发布日期", "日期", "时间"]) + rng.choice(["：", ":", ": "]) + _date(rng, gold["publish_date"]),
             rng.choice(["信息来源", "来源单位", "发文单位", "来源"]) + rng.choice(["：", ":"]) + shown["publisher"]]
    extras = [rng.choice(["更新时间", "修改时间", "最后更新"]) + "：" + _date(rng, _later(gold["publish_date"], rng.randint(2, 9))),
              rng.choice(["撰稿", "作者", "供稿人"]) + "：" + rng.choice(_NAMES),
              rng.choice(["责任编辑", "编辑", "审核"]) + "：" + rng.choice(_NAMES),
              rng.choice(["浏览次数", "阅读量", "访问次数"]) + "：" + rng.choice(["", str(rng.randint(3, 9999))])]
    cells += rng.sample(extras, rng.randint(2, 4))
    upd = next((c for c in cells if c.startswith(("更新", "修改", "最后"))), None)
    rng.shuffle(cells)
    if upd is not None and cells.index(upd) < 1:  # the page prints the publication date before the update date
        cells.remove(upd)
        cells.insert(rng.randint(1, len(cells)), upd)
    sep = rng.choice([" | ", "｜", "\t", "\u3000\u3000", "  ", " / "])
    rows = [sep.join(cells)] if rng.random() < 0.7 else [sep.join(cells[:3]), sep.join(cells[3:])]
    return _block(ctx, rows, gold, ("head", "head", "top", "tail"))


@R.form("metadata", "t81_source_other_organ")
def meta_source_other_organ(ctx: Ctx):
    """来源 names a newspaper or another organ while the issuer field names the publisher (来源：江岭日报　发布机构：XX /
    发文单位：XX | 信息来源：新华社): the publisher is the issuer, not the source."""
    rng = ctx.rng
    keys = ["publisher"] + (["publish_date"] if rng.random() < 0.7 else [])
    gold, shown = _values(ctx, keys)
    cells = [rng.choice(["来源", "信息来源", "稿件来源", "文章来源"]) + rng.choice(["：", ":"]) + _other_organ(rng, gold["publisher"]),
             rng.choice(["发布机构", "发文单位", "发布单位", "发文机关"]) + rng.choice(["：", ":"]) + shown["publisher"]]
    if "publish_date" in keys:
        cells.append(rng.choice(["发布日期", "发布时间"]) + "：" + _date(rng, gold["publish_date"]))
    rng.shuffle(cells)
    sep = rng.choice(["\u3000\u3000", " | ", "  ", "\t"])
    rows = [sep.join(cells)] if rng.random() < 0.6 else cells
    return _block(ctx, rows, gold, ("head", "top", "tail"))


@R.form("metadata", "t82_title_field_rows")
def meta_title_field_rows(ctx: Ctx):
    """A 标题 field repeating the title among the header rows, above the title line or right under it
    (标题：关于…的通知 / 发布日期：2021.03.29 / 文号：…): every row goes, the title line opens the clean text."""
    rng = ctx.rng
    title = ctx.lines[0][2]
    keys = rng.sample(["publish_date", "publisher", "doc_number", "written_date"], rng.randint(1, 2))
    gold, shown = _values(ctx, keys)
    labels = {"publish_date": "发布日期", "publisher": "发布机构", "doc_number": "文号", "written_date": "成文日期"}
    col = rng.choice(["：", ":", ": "])
    cells = [labels[k] + col + (_date(rng, gold[k]) if k.endswith("date") else shown[k]) for k in keys]
    rows = [rng.choice(["标题", "标　　题", "文章标题", "信息名称", "名称"]) + col + title] + cells
    if rng.random() < 0.4:
        rows = [rng.choice(["\u3000\u3000", " | ", "\t"]).join(rows)]
    return _block(ctx, rows, gold, ("top", "top", "head"))


@R.form("metadata", "t83_header_glued_before_title")
def meta_header_glued_before_title(ctx: Ctx):
    """The header row glued before the title on the title's own line, the page's break lost
    (发布时间：2021-03-29　来源：XX关于…的通知 / [2021/3/29] 关于…): the prefix goes, the title line stays first."""
    rng = ctx.rng
    if not ctx.free(0, 0):
        return None
    keys = ["publish_date"] + (["publisher"] if rng.random() < 0.5 else [])
    gold, shown = _values(ctx, keys)
    if not fields_ok(ctx, gold):
        return None
    d = _date(rng, gold["publish_date"])
    if "publisher" in keys:
        prefix = rng.choice([f"发布时间：{d}\u3000来源：{shown['publisher']}\u3000", f"来源：{shown['publisher']} 时间：{d} ",
                             f"【{shown['publisher']}　{d}】"])
    else:
        prefix = rng.choice([f"[{d}] ", f"发布日期：{d}\u3000\u3000", f"（{d}）", f"{d}  "])
    ctx.take(0, 0)
    return Inj(0, 0, prefix, [Gold(0, len(prefix), "metadata", "remove", "", where="top")], fields=gold)


@R.form("metadata", "t84_non_gold_dates_among_fields")
def meta_non_gold_dates_among_fields(ctx: Ctx):
    """Rows that show dates which are neither the publication nor the written date, next to the two that are
    (成文日期：… | 发布日期：… | 施行日期：<later> | 有效期至：<years later>, in any order)."""
    rng = ctx.rng
    gold, _ = _values(ctx, ["publish_date", "written_date"])
    y, m, d = _ymd(gold["written_date"])
    cells = [rng.choice(["成文日期", "印发日期", "签发日期"]) + "：" + _date(rng, gold["written_date"]),
             rng.choice(["发布日期", "公开日期", "上网日期"]) + "：" + _date(rng, gold["publish_date"]),
             rng.choice(["施行日期", "实施日期", "生效日期"]) + "：" + _date(rng, f"{y}-{(m % 12) + 1:02d}-01"),
             ]
    if rng.random() < 0.5:
        cells.append(rng.choice(["有效期至", "废止日期", "截止日期"]) + "：" + _date(rng, f"{y + rng.randint(2, 5)}-12-31"))
    rng.shuffle(cells)
    sep = rng.choice(["\u3000\u3000", " | ", "｜", "\t"])
    rows = [sep.join(cells)] if rng.random() < 0.5 else [sep.join(cells[i:i + 2]) for i in range(0, len(cells), 2)]
    return _block(ctx, rows, gold, ("head", "top", "tail"))


@R.form("metadata", "t85_index_letters_abbrev")
def meta_index_letters_abbrev(ctx: Ctx):
    """索引号 built from letters and abbreviations (JLWJW-2021-00123 / 江卫健-2021-0012 / 2021-0012-ZF / 001008003/2021-00345,
    spaces around the slash sometimes), the label spelled 索引号 / 信息索引号 / 索 取 号 / 目录索引号."""
    rng = ctx.rng
    year = int(_values(ctx, ["written_date"])[0]["written_date"][:4])
    value = rng.choice([f"JLWJW-{year}-{rid(rng, 5)}", f"{rng.choice(['江卫健', '江教', '岭政'])}-{year}-{rid(rng, 4)}",
                        f"{year}-{rid(rng, 4)}-{rng.choice(['ZF', 'BM', 'GK'])}", f"{rid(rng, 9)}/{year}-{rid(rng, 5)}",
                        f"ZJ{rid(rng, 4)}-{rid(rng, 4)}-{year}-{rid(rng, 4)}"])
    gold = {"index_number": value}
    if not fields_ok(ctx, gold):
        return None
    shown = value.replace("/", " / ") if "/" in value and rng.random() < 0.4 else value
    label = rng.choice(["索引号", "信息索引号", "索 取 号", "目录索引号", "索引号码"])
    line = label + rng.choice(["：", ":", ": ", "\u3000"]) + shown
    extra = rng.choice(["", "", "公开类别：主动公开", "分类：政策文件", "publisher"])
    if extra == "publisher":
        pub = _values(ctx, ["publisher"])[0]["publisher"]
        gold["publisher"] = pub
        extra = "发布机构：" + pub
        if not fields_ok(ctx, gold):
            return None
    if extra:
        line += rng.choice(["\u3000\u3000", " | ", "\t"]) + extra
    return _block(ctx, [line], gold, ("head", "top", "header", "tail"))


@R.form("metadata", "t86_semicolon_pairs_in_bracket")
def meta_semicolon_pairs_in_bracket(ctx: Ctx):
    """All the pairs in one bracket, split by semicolons or commas, at the top or the foot
    (【来源：XX；发布时间：2021年03月29日；点击：123】 / (来源: XX, 日期: 2021/3/29) / 〔发布：2021.03.29；来源：XX〕)."""
    rng = ctx.rng
    gold, shown = _values(ctx, ["publish_date", "publisher"])
    a, b = rng.choice([("【", "】"), ("(", ")"), ("〔", "〕"), ("［", "］"), ("（", "）")])
    sep = rng.choice(["；", "; ", "，", ", "])
    cells = [rng.choice(["来源", "信息来源", "发布单位"]) + rng.choice(["：", ": "]) + shown["publisher"],
             rng.choice(["发布时间", "日期", "发布", "时间"]) + rng.choice(["：", ": "]) + _date(rng, gold["publish_date"])]
    rng.shuffle(cells)
    if rng.random() < 0.5:
        cells.append(rng.choice(["点击", "阅读", "浏览"]) + "：" + str(rng.randint(3, 5000)))
    return _block(ctx, [a + sep.join(cells) + b], gold, ("top", "head", "tail"))


# ======================================================================================
# protected (keep): the document's own lines that look like the shapes above


@R.form("protected", "t_r13m_meeting_arrangements")
def prot_meeting_arrangements(ctx: Ctx):
    """A notice's meeting arrangements: a heading, then 时间：/地点：/参会人员：/联系人： lines with dates and times."""
    rng = ctx.rng
    y = rng.randint(2019, 2025)
    m, d = rng.randint(1, 12), rng.randint(1, 27)
    col = rng.choice(["：", "："])
    rows = [rng.choice(["一、会议时间和地点", "二、培训安排", "三、时间地点", "（一）会议安排"])]
    rows.append(rng.choice([f"时间{col}{y}年{m}月{d}日（星期{'一二三四五'[rng.randint(0, 4)]}）上午9:00",
                            f"时间{col}{y}年{m}月{d}日下午2:30，会期半天。", f"日期{col}{m}月{d}日—{d + 1}日"]))
    rows.append(f"地点{col}" + rng.choice(["市政府三楼第一会议室", "市卫生健康委员会五楼会议室", "市委党校报告厅（江岭大道88号）"]))
    if rng.random() < 0.6:
        rows.append(f"参会人员{col}各县（市、区）分管负责同志、科室负责人各1名。")
    rows.append(f"联系人{col}{rng.choice(_NAMES)}，电话{col}0571-{rid(rng, 8)}")
    return _protect_rows(ctx, rows, ("between",))


@R.form("protected", "t_r13m_submission_arrangements")
def prot_submission_arrangements(ctx: Ctx):
    """Submission or publication arrangements in the body: 报送时间：… / 发布单位：… (as a duty) / 来源： of data,
    one per line, some ending in 。"""
    rng = ctx.rng
    y = rng.randint(2019, 2025)
    m, d = rng.randint(1, 12), rng.randint(1, 27)
    rows = rng.sample([
        f"报送时间：{y}年{m}月{d}日前。",
        "报送方式：电子版发送至指定邮箱，纸质版加盖公章后报送。",
        "发布单位：市卫生健康委员会负责全市统一发布，各县（市、区）不再另行发布。",
        f"更新时间：每季度末月{rng.randint(20, 25)}日前更新一次。",
        "数据来源：各县（市、区）月报和省统计平台。",
        f"截止日期：{y}年{m}月{d}日，逾期不予受理。",
    ], rng.randint(2, 3))
    return _protect_rows(ctx, rows, ("between",))
