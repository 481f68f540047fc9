"""More TUNE forms (round 6 of issue 16): defect kinds written first without reading the rules.

Registered into the TUNE registry of :mod:`forms_tune`; written without looking at the
held forms. See forms_tune.py for the helpers a form uses.

Metadata, as a curator meets it on scraped pages besides the 信息公开 header: the article
footer's editor and review credits, news bylines, an unlabelled "issuer + date" row, labels
of other CMS templates (供稿单位, 更新时间 ...), joint issuers, a date glued to the title line,
a header glued to the first paragraph, a source note glued to the last one, dates in Chinese
numerals and raw CMS timestamps, counter rows, and the header repeated mid-body where the
crawler stitched page 2 on.
"""

from __future__ import annotations

import re

from forms_common import Ctx, Gold, Inj, clock, colon, fields_ok, rid
from forms_tune import R
from forms_tune_metadata import _block, _values
from forms_tune_r5_chrome_meta import _protect_line

_NAMES = ["张明", "李华", "王晓燕", "陈静", "刘洋", "赵丽娟", "周伟", "吴敏", "孙志强", "郑雪", "黄海涛", "林芳"]
_WS = ["\u3000", "\u3000\u3000", "  ", " ", "　 "]


def _names(rng, n: int) -> list[str]:
    return rng.sample(_NAMES, n)


def _line(ctx: Ctx, line: str, wheres, fields=None):
    """One line of its own, a gold removal, with the fields it shows."""
    return _block(ctx, [line], fields or {}, wheres)


# ======================================================================================
# metadata (remove; values into fields)


@R.form("metadata", "t25_editor_review_credits")
def meta_editor_review_credits(ctx: Ctx):
    """The article footer's credit line the CMS prints under the text: （编辑：张明　审核：李华） /
    初审：… 复审：… 终审：… / 撰稿：… 摄影：… 编审：… / 编辑｜张明 审核｜李华 (tail, sometimes head).
    Cause: the editorial workflow fields of the CMS rendered into the article body."""
    rng = ctx.rng
    a, b, c = _names(rng, 3)
    w = rng.choice(_WS)
    line = rng.choice([
        f"（编辑{colon(rng)}{a}{w}审核{colon(rng)}{b}）", f"责任编辑{colon(rng)}{a}{w}审核{colon(rng)}{b}",
        f"初审{colon(rng)}{a}{w}复审{colon(rng)}{b}{w}终审{colon(rng)}{c}", f"编辑｜{a}{w}审核｜{b}",
        f"撰稿{colon(rng)}{a}{w}摄影{colon(rng)}{b}{w}编审{colon(rng)}{c}", f"[编辑：{a}] [审核：{b}]",
        f"文字{colon(rng)}{a}{w}校对{colon(rng)}{b}{w}审核{colon(rng)}{c}", f"编辑 / {a}{w}审校 / {b}",
        f"【责任编辑：{a}】", f"审核人{colon(rng)}{b}{w}发布人{colon(rng)}{a}",
    ])
    return _line(ctx, line, ("tail", "tail", "tail", "head"))


@R.form("metadata", "t26_news_byline")
def meta_news_byline(ctx: Ctx):
    """A news byline without any label: 本报记者　张明　通讯员　李华 / 文/张明　图/李华 / ■ 记者 张明 报道,
    on a line of its own under the title, or 本报讯（记者 张明 通讯员 李华） glued before the first
    paragraph. Cause: a news story reposted on a government site keeps the paper's byline."""
    rng = ctx.rng
    a, b = _names(rng, 2)
    w = rng.choice(_WS)
    if rng.random() < 0.35:
        body = ctx.body_range()
        if body.start >= len(ctx.lines):
            return None
        s = ctx.lines[body.start][0]
        if not ctx.free(s, s):
            return None
        lead = rng.choice(["本报讯", "本网讯", "江岭讯", ""])
        raw = lead + rng.choice([f"（记者 {a} 通讯员 {b}）", f"（通讯员 {a}）", f"（记者{w}{a}）", f"（{a} {b}）"])
        return Inj(s, s, raw, [Gold(0, len(raw), "metadata", "remove", "", where="glued")])
    line = rng.choice([
        f"本报记者{w}{a}{w}通讯员{w}{b}", f"文/{a}{w}图/{b}", f"■ 记者 {a} 报道", f"□ 本报记者 {a}",
        f"（记者 {a} 通讯员 {b}）", f"记者{w}{a}", f"通讯员{w}{a}{w}{b}", f"文{w}{a}",
    ])
    return _line(ctx, line, ("head", "head", "top"))


def _plain_date(rng, iso: str) -> str:
    y, m, d = map(int, iso.split("-"))
    return rng.choice([f"{y}-{m:02d}-{d:02d}", f"{y}年{m}月{d}日", f"{y}年{m:02d}月{d:02d}日", f"{y}/{m:02d}/{d:02d}",
                       f"{y}.{m:02d}.{d:02d}"])


@R.form("metadata", "t27_issuer_date_unlabelled")
def meta_issuer_date_unlabelled(ctx: Ctx):
    """An unlabelled row with the issuer first and the date after it: 江岭市卫生健康委员会　2021-03-31 /
    江岭市卫生健康委员会 | 2021年3月31日 09:30 / 江岭市卫生健康委员会 发布于 2021.03.31 (head or top).
    Cause: the list page's "source · date" row kept above the article."""
    rng = ctx.rng
    gold, _ = _values(ctx, ["publisher", "publish_date"])
    d = _plain_date(rng, gold["publish_date"])
    if rng.random() < 0.3:
        d += " " + clock(rng)
    sep = rng.choice(["\u3000", "\u3000\u3000", "  ", " | ", " · ", "｜", " 发布于 ", "  发布时间 "])
    return _line(ctx, gold["publisher"] + sep + d, ("head", "head", "top"), gold)


@R.form("metadata", "t28_unit_and_update_labels")
def meta_unit_update_labels(ctx: Ctx):
    """Labels of other CMS templates: 供稿单位 / 发布部门 / 所属机构 / 信息提供单位 / 来源部门 for the issuer,
    更新时间 / 发稿时间 / 录入时间 / 上传时间 for the date (one or two lines, or one row)."""
    rng = ctx.rng
    keys = rng.sample(["publisher", "publish_date"], rng.randint(1, 2))
    gold, shown = _values(ctx, keys)
    labels = {"publisher": ["供稿单位", "发布部门", "所属机构", "信息提供单位", "来源部门", "稿件来源", "内容来源", "发稿单位"],
              "publish_date": ["更新时间", "发稿时间", "录入时间", "上传时间", "提交时间", "更新日期", "发表日期"]}
    cells = [rng.choice(labels[k]) + colon(rng) + shown[k] for k in keys]
    rows = cells if rng.random() < 0.5 else [rng.choice(_WS).join(cells)]
    return _block(ctx, rows, gold, ("head", "top", "head"))


def _other_org(rng, publisher: str) -> str:
    m = re.match(r"(.+?[市县区省])", publisher)
    region = m.group(1) if m else ""
    for org in rng.sample(["财政局", "人力资源和社会保障局", "发展和改革委员会", "医疗保障局", "教育局", "民政局"], 6):
        if region + org != publisher:
            return region + org
    return "财政局"


@R.form("metadata", "t29_joint_issuers")
def meta_joint_issuers(ctx: Ctx):
    """A jointly issued document: the issuer field names two organs (发文机关：江岭市卫生健康委员会　江岭市财政局 /
    发布机构：XX、YY). The publisher is the lead organ, named first (its signature comes first too)."""
    rng = ctx.rng
    gold, shown = _values(ctx, ["publisher"] + (["publish_date"] if rng.random() < 0.4 else []))
    other = _other_org(rng, gold["publisher"])
    label = rng.choice(["发文机关", "发布机构", "发文单位", "联合发文机关", "来源"])
    line = label + colon(rng) + gold["publisher"] + rng.choice(["\u3000", " ", "、", "；", " / ", "，"]) + other
    if "publish_date" in gold:
        line += rng.choice(_WS) + rng.choice(["发布日期", "发布时间"]) + colon(rng) + shown["publish_date"]
    return _line(ctx, line, ("head", "top", "header"), gold)


@R.form("metadata", "t30_date_glued_to_title")
def meta_date_glued_to_title(ctx: Ctx):
    """The list page's date left at the end of the title line: 关于…的通知 2021-03-31 / 关于…的通知（2021-03-31）/
    关于…的通知[2021.03.31]. The suffix goes, its date is the publication date, the title stays."""
    rng = ctx.rng
    gold, _ = _values(ctx, ["publish_date"])
    if not fields_ok(ctx, gold) or not ctx.lines:
        return None
    p = ctx.lines[0][1]
    if not ctx.free(p, p):
        return None
    d = _plain_date(rng, gold["publish_date"])
    raw = rng.choice([" " + d, "  " + d, "\u3000" + d, f"（{d}）", f"[{d}]", f"\u3000\u3000{d}", f" ({d})"])
    return Inj(p, p, raw, [Gold(0, len(raw), "metadata", "remove", "", where="glued")], fields=gold)


@R.form("metadata", "t31_header_glued_to_first_paragraph")
def meta_header_glued_first(ctx: Ctx):
    """The header row glued to the first paragraph where the page lost its line break:
    发布日期：2021-03-31　来源：XX局各县（市、区）卫生健康局：… The glued header goes, the paragraph stays."""
    rng = ctx.rng
    keys = rng.sample(["publish_date", "publisher", "index_number"], rng.randint(1, 2))
    gold, shown = _values(ctx, keys)
    if not fields_ok(ctx, gold):
        return None
    body = ctx.body_range()
    if body.start >= len(ctx.lines):
        return None
    s = ctx.lines[body.start][0]
    if not ctx.free(s, s):
        return None
    labels = {"publish_date": ["发布日期", "发布时间"], "publisher": ["来源", "发布机构", "信息来源"], "index_number": ["索引号"]}
    raw = rng.choice(_WS).join(rng.choice(labels[k]) + colon(rng) + shown[k] for k in keys) + rng.choice(["", " ", "\u3000"])
    return Inj(s, s, raw, [Gold(0, len(raw), "metadata", "remove", "", where="glued")], fields=gold)


@R.form("metadata", "t32_source_note_glued_tail")
def meta_source_note_tail(ctx: Ctx):
    """A source note in brackets glued to the last paragraph or on a line after it: …。（来源：XX局）/
    （信息来源：XX局）/ 【来源：XX局】. Cause: reposting templates append the source after the text."""
    rng = ctx.rng
    gold, _ = _values(ctx, ["publisher"])
    if not fields_ok(ctx, gold):
        return None
    a, b = rng.choice([("（", "）"), ("【", "】"), ("(", ")"), ("[", "]")])
    note = a + rng.choice(["来源", "信息来源", "稿件来源", "来源单位"]) + colon(rng) + gold["publisher"] + b
    if rng.random() < 0.5:
        return _line(ctx, note, ("tail",), gold)
    prose = [i for i in ctx.prose_lines() if ctx.text[ctx.lines[i][1] - 1] == "。"]
    if not prose:
        return None
    p = ctx.lines[prose[-1]][1]
    if not ctx.free(p, p):
        return None
    return Inj(p, p, note, [Gold(0, len(note), "metadata", "remove", "", where="glued")], fields=gold)


_CN_DIGITS = "〇一二三四五六七八九"


def _cn_num(n: int) -> str:
    if n < 10:
        return _CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _CN_DIGITS[tens]) + "十" + (_CN_DIGITS[ones] if ones else "")


def cn_numeral_date(iso: str) -> str:
    """二〇二一年三月二十九日 for 2021-03-29 (the form a 成文日期 of a scanned document takes)."""
    y, m, d = map(int, iso.split("-"))
    return "".join(_CN_DIGITS[int(c)] for c in str(y)) + "年" + _cn_num(m) + "月" + _cn_num(d) + "日"


@R.form("metadata", "t33_cn_numeral_dates")
def meta_cn_numeral_dates(ctx: Ctx):
    """Date fields in Chinese numerals as a document's own date line reads (成文日期：二〇二一年三月二十九日 /
    发布日期：二〇二一年三月三十一日), one per line or with the issuer on the same row."""
    rng = ctx.rng
    keys = rng.sample(["written_date", "publish_date"], rng.randint(1, 2))
    if rng.random() < 0.4:
        keys.append("publisher")
    gold, shown = _values(ctx, keys)
    labels = {"written_date": ["成文日期", "成文时间", "印发日期"], "publish_date": ["发布日期", "公开日期"],
              "publisher": ["发文机关", "发布机构"]}
    cells = [rng.choice(labels[k]) + colon(rng) + (cn_numeral_date(gold[k]) if k.endswith("date") else shown[k])
             for k in keys]
    rows = cells if rng.random() < 0.5 else [rng.choice(_WS).join(cells)]
    return _block(ctx, rows, gold, ("head", "header", "top"))


@R.form("metadata", "t34_raw_timestamps")
def meta_raw_timestamps(ctx: Ctx):
    """Dates as the CMS prints its raw timestamp: 2021-03-31T09:30:00 / …+08:00 / 2021-03-31 09:30:00.0 /
    2021/3/31 上午9:30:12 / 2021-03-31 09:30:12 CST, after 发布时间 / 时间 / 更新于 (with the source or not)."""
    rng = ctx.rng
    keys = ["publish_date"] + (["publisher"] if rng.random() < 0.4 else [])
    gold, shown = _values(ctx, keys)
    y, m, d = map(int, gold["publish_date"].split("-"))
    h, mi, s = rng.randint(8, 18), rng.randint(0, 59), rng.randint(0, 59)
    iso = f"{y}-{m:02d}-{d:02d}"
    stamp = rng.choice([f"{iso}T{h:02d}:{mi:02d}:{s:02d}", f"{iso}T{h:02d}:{mi:02d}:{s:02d}+08:00",
                        f"{iso} {h:02d}:{mi:02d}:{s:02d}.0", f"{y}/{m}/{d} {'上午' if h < 12 else '下午'}{h if h <= 12 else h - 12}:{mi:02d}:{s:02d}",
                        f"{iso} {h:02d}:{mi:02d}:{s:02d} CST", f"{iso}T{h:02d}:{mi:02d}:{s:02d}.000Z"])
    cells = [rng.choice(["发布时间", "时间", "更新于", "发布于", "日期"]) + colon(rng) + stamp]
    if "publisher" in gold:
        cells.append(rng.choice(["来源", "发布机构"]) + colon(rng) + shown["publisher"])
        rng.shuffle(cells)
    return _line(ctx, rng.choice(_WS).join(cells), ("head", "top"), gold)


@R.form("metadata", "t35_counter_poster_row")
def meta_counter_poster_row(ctx: Ctx):
    """A forum-style row: the date with a hit counter and the account that posted it, no source
    (时间：2021-03-31　点击：1234　发布人：管理员 / 发表于 2021-03-31 | 人气：567 | 录入：admin)."""
    rng = ctx.rng
    gold, shown = _values(ctx, ["publish_date"])
    cells = [rng.choice(["时间", "日期", "发表于", "发布时间", "更新时间"]) + rng.choice([colon(rng), " "]) + shown["publish_date"],
             rng.choice(["点击", "人气", "阅读", "浏览量", "点击数", "阅读数"]) + colon(rng) + rid(rng, rng.randint(2, 4))
             + rng.choice(["", "次"]),
             rng.choice(["发布人", "发布者", "录入", "上传者", "作者"]) + colon(rng) + rng.choice(["管理员", "admin", "系统管理员",
                                                                                          "办公室", "xxgk"])]
    order = [0] + rng.sample([1, 2], 2)
    sep = rng.choice(_WS + [" | ", "｜", " · "])
    return _line(ctx, sep.join(cells[i] for i in order), ("head", "top", "tail"), gold)


@R.form("metadata", "t36_header_repeated_mid_body")
def meta_header_mid_body(ctx: Ctx):
    """The header row in the middle of the body, between two paragraphs: the crawler stitched page 2
    of a paged article on, with that page's header (发布时间：… 来源：… / 【发布日期】… 【来源】…)."""
    rng = ctx.rng
    gold, shown = _values(ctx, ["publish_date", "publisher"])
    a = rng.choice(["发布时间", "发布日期", "时间"]) + colon(rng) + shown["publish_date"]
    b = rng.choice(["来源", "信息来源", "发布机构"]) + colon(rng) + shown["publisher"]
    if rng.random() < 0.3:
        line = f"【{a}】{rng.choice(['', ' '])}【{b}】"
    else:
        line = rng.choice(_WS).join([a, b] if rng.random() < 0.6 else [b, a])
    return _line(ctx, line, ("between",), gold)


# ======================================================================================
# protected (keep): body text that reads like credits or header rows


@R.form("protected", "t7_meta_review_and_editing_steps")
def prot_review_steps(ctx: Ctx):
    """Body paragraphs about review and editing work: 审核：各县（市、区）…初审… / 实行编辑、审核、签发三审制度 /
    通讯员队伍 …; a label with a colon at the start, yet a sentence with 。 (must stay)."""
    rng = ctx.rng
    line = rng.choice([
        "审核：各县（市、区）卫生健康局对申报材料进行初审，于每月10日前报市卫生健康委员会复审。",
        "编辑：由委办公室负责汇总编辑，经分管领导审核后按程序报送。",
        "各单位要严格落实信息发布编辑、审核、签发三审制度，未经审核的信息一律不得发布。",
        "加强通讯员队伍建设，每年组织记者、通讯员业务培训不少于2次。",
        "初审：由乡镇（街道）负责；复审：由县级主管部门负责；终审：由市级主管部门负责。",
    ])
    return _protect_line(ctx, line)


@R.form("protected", "t8_meta_labelled_body_facts")
def prot_labelled_body_facts(ctx: Ctx):
    """Body lines with 来源 / 时间 / 单位 labels that are facts of the text, not page fields: the source of
    funds, the period of a campaign, the units taking part (each a sentence ending in 。)."""
    rng = ctx.rng
    y = rng.randint(2019, 2025)
    line = rng.choice([
        "资金来源：中央财政补助资金和市级配套资金，不足部分由县级财政统筹解决。",
        f"时间：{y}年4月1日至{y}年6月30日。",
        "参与单位：市卫生健康委员会、市财政局、市医疗保障局，以及各县（市、区）人民政府。",
        "发布时间：每季度首月10日前，由各地在门户网站统一发布。",
        "信息来源：以统计部门公布的年度数据为准。",
    ])
    return _protect_line(ctx, line)
