#!/usr/bin/env python3
"""Blind probe generator, family "dates_b" (damaged dates in Chinese government documents).

Written from causes of damage only, without reading the cleaner's rules, its tests, the held
forms or the fuzzers.  Each probe is one TUNE base document (eval/base/tune/) with exactly ONE
change:

* a repairable defect (label "defect", flag null): want is the document with the date written
  correctly.  Either an existing correct date of the base document is damaged (want == base),
  or a new sentence is inserted whose correct version is in want (raw holds the damaged one);
* an ambiguous / impossible defect (label "defect", flag [start, end]): more than one reading,
  or none, is valid in the document's year; a perfect cleaner flags it and edits nothing,
  so want == raw;
* a keep (label "keep", flag null, want == raw): a legitimate look-alike of the same shape.

"Exactly one reading" is computed mechanically: the date's year is kept explicit (it is the
document's year: sidecar written_date, else the first year of the text), and every split of
the run of digits into month (1-2 digits) and day (1-2 digits), or day and hour for a glued
time, is tried against the calendar of that year.  One valid split -> fix, two or more -> flag.
Dates inserted by a probe lie in the document's years (a notice's deadlines after its
written_date, a summary's events in the year it reviews) and use the document's digit width.

Kinds (12 probes each: 8 defects + 4 keeps).  HELD = scored in aggregate only.

  compacted            (not held)  cause: a CMS export / charset filter strips 年 and 月 but keeps
                       日: 2021年4月15日前 -> 2021415日前 (fix); 2021年1月12日 -> 2021112日 is
                       1月12日 or 11月2日 (flag).  Keeps: 2021329元 amounts, 文号 〔2021〕12号,
                       day counts 审批时限45日, 15日内.
  month_mark_lost      (HELD)      cause: pinyin IME, the 月 candidate never committed:
                       2021年329日 (fix), 2021年115日 (flag).  Keeps: 2021年115个重点项目,
                       2021年3月29号 (号 for the day), 截至2021年6月底.
  year_glued           (HELD)      cause: 年 dropped by the IME / a template field joined to its
                       neighbour, the year glued to the month: 20216月底前 -> 2021年6月底前,
                       20213月29日 -> 2021年3月29日 (fix).  Keeps: （2021—2023年）, 每年12月,
                       连续18个月, 1至11月.
  day_lost_before_particle (not held) cause: IME / hurried typing loses 日 before 前/起/至:
                       2021年4月15前 -> 2021年4月15日前, 5月1至9月30日 (fix).  Keeps: 每月25日前,
                       3月29号前, 8:30前, 审批时限45日.
  date_picker          (not held)  cause: a web form's date picker exports ISO / dotted / slashed
                       dates into Chinese prose: 2021-4-15, 2021.04.15, 2021/4/15 (fix);
                       en-US order 4/15/2021 (fix), 4/5/2021 = 4月5日 or 5月4日 (flag).
                       Keeps: 索引号 11330782…U/2021-374107, phone 0571-86012345,
                       2021.3万人次, version V3.2.1.
  excel_serial         (HELD)      cause: a date cell pasted from Excel in General format
                       becomes its serial number: 于44301前报送 (flag: a number is a date only
                       by a guess about Excel's date system).  Keeps: 受理来电44301件,
                       总投资45120万元, 12345热线, 5-digit sample counts.
  weekday_conflict     (not held)  cause: last year's notice reused with the date changed
                       but not the weekday, or an Excel long-date (yyyy年m月d日aaaa) fragment
                       of another cell: 2021年4月15日（星期三） when it is a Thursday (flag).
                       Keeps: the right weekday (星期/周, with or without year), 每周一至周五.
  ocr_unit_misread     (not held)  cause: OCR of a scanned paper copy reads 日 as 曰/目/口 and
                       月 as 丹/用: 2021年4月15曰前, 2021年4丹15日 (fix).  Keeps: 机井28口,
                       2021年3月用水量, 3月29号, 12个出入口.
  cn_zero_letter       (HELD)      cause: 〇 typed as Latin O, digit 0 or the circle ○ in a
                       Chinese-numeral date: 二O二一年五月一日 -> 二〇二一年五月一日 (fix).
                       Keeps: a correct 二〇二一年 date, 标注“○”的项目, 臭氧（O3）, 二〇三五年.
  width_mix            (HELD)      cause: the IME toggles full/half width in the middle of a
                       date: 2021年４月15日 -> 2021年4月15日; ２００９年3月５日 in a full-width
                       document (fix, to the date's own width).  Keeps: dates in one width beside
                       full-width brackets, dashes and ideographic spaces.
  line_break_in_date   (HELD)      cause: a PDF hard wrap or a CMS <br> inside the date:
                       2021年4\\n月15日 (fix).  Keeps: lines that end with a complete date or a
                       year range followed by a line that starts with a digit.
  space_in_date        (not held)  cause: Word autospace between Latin digits and CJK, or
                       justified PDF text: 2021 年 4 月 15 日, 2021年4月\\u300015日 (fix).
                       Keeps: GB 3095—2012, ISO 9001, 时间：…日\\u3000地点：…, 张明\\u3000电话.
  range_end_lost       (not held)  cause: the 月 of the second half of a range lost by the IME:
                       5月1日至5月15日 -> 5月1日至515日 (fix); 1月5日至115日 = 1月15日 or
                       11月5日, both after the start (flag).  Keeps: same-month shorthand
                       5月16日至31日, 1至3月, 2021年5月至8月, a full range.
  yyyymmdd_prose       (HELD)      cause: a database DATE field (YYYYMMDD) merged into template
                       prose: 于20210415前报送 -> 于2021年4月15日前报送 (fix).  Keeps:
                       第20210329期, 8-digit phone, 20210329元, index numbers.
  month_day_swap       (HELD)      cause: an en-US picker's MM/DD mapped into a 年{}月{}日
                       template: 2021年15月4日 -> 2021年4月15日 (fix: the only valid order);
                       2021年31月4日, 2021年29月2日 in a common year: no order valid (flag);
                       the same shape in a leap year, 2024年29月2日, is a fix.  Keeps: 2021年12月5日,
                       第13条, 1至12月, 13个工作日.
  time_glued           (not held)  cause: a meeting time pasted after the date loses the 日:
                       2021年4月1914:30 -> 2021年4月19日14:30 (fix); 2021年4月110:00 =
                       1日10:00 or 11日0:00 (flag).  Keeps: 8:30—12:00, a correct
                       2021年4月19日14:30, 下午2:30, 9:00至17:00.

Held (8): month_mark_lost, year_glued, excel_serial, cn_zero_letter, width_mix,
line_break_in_date, yyyymmdd_prose, month_day_swap.  Not held (8): compacted,
day_lost_before_particle, date_picker, weekday_conflict, ocr_unit_misread, space_in_date,
range_end_lost, time_glued.  Each half mixes easy kinds (year_glued, cn_zero_letter,
width_mix / day_lost_before_particle, space_in_date) and hard ones (excel_serial,
month_day_swap / weekday_conflict, range_end_lost, time_glued).

ASCII punctuation appears only where the cause types it: - . / of a date picker, : of a clock
time, the ASCII space of Word autospace, and the - / . of phone, index and version numbers in
keeps.  stdlib only, fixed seed; writes eval/out/probes/dates_b.jsonl.
"""
import datetime
import glob
import json
import os
import random
import re
import string
from collections import Counter

SEED = 20240611
HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
BASE = os.path.join(EVAL, "base", "tune")
OUT = os.path.join(EVAL, "out", "probes", "dates_b.jsonl")
FAMILY = "dates_b"

rng = random.Random(SEED)

FWD = str.maketrans("0123456789", "０１２３４５６７８９")
HWD = str.maketrans("０１２３４５６７８９", "0123456789")
WEEK = "一二三四五六日"
CN_DIG = "〇一二三四五六七八九"


def pick(seq):
    return seq[rng.randrange(len(seq))]


def rnd(a, b):
    return rng.randint(a, b)


# ---------------------------------------------------------------- documents
ORG = {"w01": "市卫生健康委", "w03": "市住房和城乡建设局", "w05": "区市场监管局", "w07": "市交通运输局",
       "w09": "市文化广电旅游局", "w11": "市卫生健康委", "w13": "县医疗保障局", "w15": "区卫生健康局",
       "w17": "县人力资源和社会保障局", "w19": "市交通运输局", "w21": "市生态环境局", "w23": "区应急管理局",
       "w25": "县市场监管局"}
ABBR = {"w01": "江卫发", "w03": "北建发", "w05": "南市监发", "w07": "江交发", "w09": "青文旅发", "w11": "江卫发",
        "w13": "云医保发", "w15": "南卫发", "w17": "白人社发", "w19": "梅交发", "w21": "青环发", "w23": "南应急发",
        "w25": "白市监发"}
AREA = {"w01": "0571", "w03": "0731", "w05": "0551", "w07": "0571", "w09": "0871", "w11": "0571", "w13": "0851",
        "w15": "0551", "w17": "0931", "w19": "0791", "w21": "0871", "w23": "0551", "w25": "0931"}


class Doc:
    pass


def date_or_none(s):
    try:
        return datetime.date(int(s[:4]), int(s[5:7]), int(s[8:10]))
    except (TypeError, ValueError):
        return None


DOCS = {}
for path in sorted(glob.glob(os.path.join(BASE, "*.txt"))):
    d = Doc()
    d.id = os.path.basename(path)[:-4]
    d.text = open(path, encoding="utf-8").read()
    meta = json.load(open(path[:-4] + ".json", encoding="utf-8"))
    d.hw = d.text.translate(HWD)  # same length, half-width digits: for scanning only
    d.fw = len(re.findall("[０-９]", d.text)) > len(re.findall("[0-9]", d.text))
    d.years = {int(y) for y in re.findall(r"(?<![0-9])((?:19|20)[0-9]{2})(?![0-9])", d.hw)}
    wd = date_or_none(meta.get("written_date") or "")
    if wd is None:  # no sidecar date: the first year of the text (a report: its March session)
        y = int(re.search(r"(?:19|20)[0-9]{2}", d.hw).group(0))
        wd = datetime.date(y, 3, 5) if d.id.startswith("gwr_") else datetime.date(y, 1, 1)
    d.wd, d.Y = wd, wd.year
    d.years.add(d.Y)
    g = meta.get("genre", "")
    d.cls = ("gwr" if d.id.startswith("gwr_") else "measure" if g.startswith("办法")
             else "summary" if "总结" in g else "notice")
    first = d.text.split("\n", 1)[0]
    d.past_year = int(re.search(r"[0-9]{4}", first).group(0)) if d.cls == "summary" else None
    d.org = ORG.get(d.id, "国务院有关部门")
    d.abbr = ABBR.get(d.id, "国发")
    d.area = AREA.get(d.id, "010")
    d.blem = [(b[0], b[1]) for b in meta.get("blemishes", [])]
    # spans no probe touches: the title, the gwr bylines, blemishes, photo captions
    lines = d.text.split("\n")
    bad = []
    off = 0
    for i, ln in enumerate(lines):
        if i == 0 or (d.cls == "gwr" and i < 2) or "摄" in ln or "新华社" in ln:
            bad.append((off, off + len(ln)))
        off += len(ln) + 1
    d.avoid = bad + d.blem
    d.lines = lines
    DOCS[d.id] = d

ALL = sorted(DOCS)
HW = [k for k in ALL if not DOCS[k].fw]
FW = [k for k in ALL if DOCS[k].fw]
WDOCS = [k for k in ALL if not k.startswith("gwr_")]


def clear(d, s, e):
    return all(e <= a or s >= b for a, b in d.avoid)


def W(s, fw):
    return s.translate(FWD) if fw else s


def valid(y, m, dd):
    try:
        datetime.date(y, m, dd)
        return True
    except ValueError:
        return False


def ymd(y, m, dd, fw=False):
    return W(f"{y}年{m}月{dd}日", fw)


def md_readings(digs, y):
    """splits of a digit run into month + day valid in year y (leading zeros count)."""
    out = []
    for i in (1, 2):
        ms, ds = digs[:i], digs[i:]
        if 1 <= len(ds) <= 2 and valid(y, int(ms), int(ds)):
            out.append((ms, ds))
    return out


def clean_readings(r):
    return all(not a.startswith("0") and not b.startswith("0") for a, b in r)


def time_readings(digs, mm, y, m):
    """a day's digits glued to an hour's: day + hour splits valid (minute mm fixed)."""
    out = []
    for i in (1, 2):
        ds, hs = digs[:i], digs[i:]
        if 1 <= len(hs) <= 2 and valid(y, m, int(ds)) and 0 <= int(hs) <= 23 and 0 <= mm <= 59:
            out.append((ds, hs))
    return out


def cn_year(y):
    return "".join(CN_DIG[int(c)] for c in str(y))


def cn_num(n):
    if n < 10:
        return CN_DIG[n] if n else "〇"
    t, u = divmod(n, 10)
    return ("" if t == 1 else CN_DIG[t]) + "十" + (CN_DIG[u] if u else "")


def cn_date(y, m, dd):
    return f"{cn_year(y)}年{cn_num(m)}月{cn_num(dd)}日"


# ---------------------------------------------------------------- existing dates of the bases
FULLS, MDS, YMS, RANGES, PARTS = [], [], [], [], []
for k in ALL:
    d = DOCS[k]
    for m in re.finditer(r"(?<![0-9])([0-9]{4})年([0-9]{1,2})月([0-9]{1,2})日", d.hw):
        y, mo, dd = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if clear(d, m.start(), m.end()) and abs(y - d.Y) <= 1:
            FULLS.append(dict(doc=k, s=m.start(), e=m.end(), y=y, m=mo, d=dd, fw=d.text[m.start()] in "０１２３４５６７８９"))
    for m in re.finditer(r"(?<![0-9年])([0-9]{1,2})月([0-9]{1,2})日", d.hw):
        if clear(d, m.start(), m.end()):
            MDS.append(dict(doc=k, s=m.start(), e=m.end(), y=d.Y, m=int(m.group(1)), d=int(m.group(2)),
                            fw=d.text[m.start()] in "０１２３４５６７８９"))
    for m in re.finditer(r"(?<![0-9])([0-9]{4})年([0-9]{1,2})月", d.hw):
        y = int(m.group(1))
        if clear(d, m.start(), m.end()) and abs(y - d.Y) <= 1:
            YMS.append(dict(doc=k, s=m.start(), e=m.end(), y=y, m=int(m.group(2)),
                            fw=d.text[m.start()] in "０１２３４５６７８９"))
    for m in re.finditer(r"([0-9]{1,2})月([0-9]{1,2})日至([0-9]{1,2})月([0-9]{1,2})日", d.hw):
        if clear(d, m.start(), m.end()):
            j = d.hw.index("至", m.start()) + 1
            RANGES.append(dict(doc=k, s=j, e=m.end(), y=d.Y, m1=int(m.group(1)), d1=int(m.group(2)),
                               m=int(m.group(3)), d=int(m.group(4)), fw=d.text[j] in "０１２３４５６７８９"))
    for m in re.finditer(r"月([0-9]{1,2})日(?=前|起|至)", d.hw):
        if clear(d, m.start(), m.end()):
            PARTS.append(dict(doc=k, s=m.start() + 1, e=m.end(), dd=m.group(1)))


# ---------------------------------------------------------------- insertion places and dates
def insertion_points(k):
    """offsets right after a 。 inside body lines."""
    d = DOCS[k]
    pts, off = [], 0
    for i, ln in enumerate(d.lines):
        if i >= 1 and len(ln) >= 15:
            for m in re.finditer("。", ln):
                p = off + m.end()
                if clear(d, p - 1, p + 1):
                    pts.append(p)
        off += len(ln) + 1
    return pts


def line_starts(k, digit_next=False):
    """offsets of the start of body lines (not the first two, not the last two)."""
    d = DOCS[k]
    pts, off = [], 0
    for i, ln in enumerate(d.lines):
        if 2 <= i < len(d.lines) - 2 and ln and clear(d, off, off + len(ln)):
            if not digit_next or re.match(r"[0-9０-９]", ln):
                pts.append(off)
        off += len(ln) + 1
    return pts


def window(k, tense):
    d = DOCS[k]
    if tense == "past":
        a = datetime.date(d.past_year, 1, 1)
        b = min(datetime.date(d.past_year, 12, 31), d.wd - datetime.timedelta(days=1))
    else:
        a = d.wd + datetime.timedelta(days=1)
        b = d.wd + datetime.timedelta(days=270)
    out = []
    while a <= b:
        if a.year in d.years:
            out.append(a)
        a += datetime.timedelta(days=1)
    return out


def tense_of(k):
    return pick(["past", "fut"]) if DOCS[k].cls == "summary" else "fut"


def pick_date(k, pred=lambda x: True, tense=None):
    tense = tense or tense_of(k)
    c = [x for x in window(k, tense) if pred(x)]
    return (pick(c), tense) if c else (None, tense)


# sentence templates: {D} the date, {org}
TEMPL = {
    ("notice", "fut"): ["请各单位于{D}前将工作进展情况报送{org}。",
                        "{org}定于{D}召开工作推进会，请相关单位主要负责同志参加。",
                        "各地要在{D}前完成自查自纠，并形成书面报告。",
                        "{org}将于{D}组织开展专项督查，对工作落实情况进行检查。",
                        "此项工作自{D}起全面实施。"],
    ("summary", "fut"): ["力争于{D}前完成全部整改任务。",
                         "{org}将于{D}召开专题会议，对年度重点工作进行部署。",
                         "相关配套制度自{D}起施行。"],
    ("summary", "past"): ["{D}，{org}召开专题会议，研究部署年度重点工作。",
                          "{org}于{D}召开全系统工作会议，对全年工作作出部署。",
                          "{D}起，全面推行“一网通办”服务模式。",
                          "{D}，顺利通过上级部门组织的考核验收。"],
    ("measure", "fut"): ["医疗机构应当于{D}前完成首次全面自查。",
                         "{org}应当于{D}前向社会公布举报受理方式。",
                         "本办法配套的实施细则自{D}起施行。"],
    ("gwr", "fut"): ["国务院将于{D}前出台具体实施办法。",
                     "有关部门要在{D}前完成清理规范工作。",
                     "这项改革自{D}起在全国推开。",
                     "国务院将于{D}召开全国电视电话会议，对这项工作作出部署。"],
}


def templates(k, tense, need=None):
    d = DOCS[k]
    ts = TEMPL[(d.cls, tense)]
    if d.cls == "measure":
        ts = [t for i, t in enumerate(ts) if not (i == 0 and k != "w11")]
    if need:
        ts = [t for t in ts if re.search(need, t)]
    return ts


def fill(t, k, D):
    return t.replace("{org}", DOCS[k].org).replace("{D}", D)


# ---------------------------------------------------------------- probe assembly
class Spec:
    """one change: base[s:e] replaced by raw_piece in raw; by want_piece in want (fixes)."""

    def __init__(self, k, s, e, raw_piece, want_piece=None, flag=None, allowed="", note="", line=False):
        self.k, self.s, self.e = k, s, e
        self.raw_piece, self.want_piece = raw_piece, want_piece
        self.flag, self.allowed, self.note, self.line = flag, allowed, note, line


def damage(occ, bad, fix=True, allowed="", note="", flag_rel=None):
    d = DOCS[occ["doc"]]
    good = d.text[occ["s"]:occ["e"]]
    if fix:
        return Spec(occ["doc"], occ["s"], occ["e"], bad, good, allowed=allowed, note=note)
    fr = flag_rel or (0, len(bad))
    return Spec(occ["doc"], occ["s"], occ["e"], bad, None, flag=[occ["s"] + fr[0], occ["s"] + fr[1]],
                allowed=allowed, note=note)


def insert(k, tmpl, good_date, bad_date, fix=True, allowed="", note=""):
    pos = pick(insertion_points(k))
    bad = fill(tmpl, k, bad_date)
    if fix:
        return Spec(k, pos, pos, bad, fill(tmpl, k, good_date), allowed=allowed, note=note)
    i = tmpl.replace("{org}", DOCS[k].org).index("{D}")
    return Spec(k, pos, pos, bad, None, flag=[pos + i, pos + i + len(bad_date)], allowed=allowed, note=note)


def keep_sentence(k, sent, allowed="", note=""):
    pos = pick(insertion_points(k))
    return Spec(k, pos, pos, sent, None, allowed=allowed, note=note)


def pick_occ(occs):
    """an existing date: a document first (each equally likely), then one of its dates."""
    k = pick(sorted({o["doc"] for o in occs}))
    return pick([o for o in occs if o["doc"] == k])


KI = [0]  # index of the keep being built within its kind


def any_date(k, pred=lambda x: True, tense=None):
    dt, tense = pick_date(k, pred, tense)
    return dt, tense


# ================================================================= kinds
# each kind: fn(sub) with sub in {"fix", "flag", "keep"} -> Spec (or None to retry)

# ---------------------------------------------------------------- compacted
def k_compacted(sub):
    if sub == "keep":
        k = pick(ALL)
        d = DOCS[k]
        c = KI[0] % 4  # the kind's 4 keeps: one of each look-alike
        if c == 0:
            s = f"全年累计拨付各类补助资金{d.Y}{rnd(1, 12)}{rnd(10, 29)}元。"
        elif c == 1:
            s = f"根据《关于进一步优化政务服务的通知》（{d.abbr}〔{d.Y}〕{rnd(3, 40)}号）要求，持续压减办理时限。"
        elif c == 2:
            s = f"一般事项审批时限由{rnd(30, 60)}日压缩至{rnd(10, 25)}日。"
        else:
            s = f"对符合条件的申请，自受理之日起{pick([5, 7, 10, 15, 20])}日内办结。"
        return keep_sentence(k, W(s, d.fw), note="amount / 文号 / day count with 日")
    flag = sub == "flag"

    def ok(y, m, dd):
        r = md_readings(f"{m}{dd}", y)
        return clean_readings(r) and (len(r) >= 2 if flag else len(r) == 1)

    if rng.random() < 0.5:
        occ = [o for o in FULLS if ok(o["y"], o["m"], o["d"])]
        if occ:
            o = pick_occ(occ)
            bad = W(f"{o['y']}{o['m']}{o['d']}日", o["fw"])
            return damage(o, bad, fix=not flag, note="年 and 月 stripped from an existing date")
    k = pick(ALL)
    dt, tense = any_date(k, lambda x: ok(x.year, x.month, x.day))
    if dt is None:
        return None
    fw = DOCS[k].fw
    good = ymd(dt.year, dt.month, dt.day, fw)
    bad = W(f"{dt.year}{dt.month}{dt.day}日", fw)
    return insert(k, pick(templates(k, tense)), good, bad, fix=not flag, note="年 and 月 stripped (inserted sentence)")


# ---------------------------------------------------------------- month mark lost
def k_month_lost(sub):
    if sub == "keep":
        k = pick(ALL)
        d = DOCS[k]
        c = KI[0] % 4  # the kind's 4 keeps: one of each look-alike
        if c == 0:
            s = f"{d.Y}年{rnd(101, 129)}个重点项目全部按期开工。"
        elif c == 1:
            dt, _ = any_date(k, tense="fut")
            s = f"{dt.year}年{dt.month}月{dt.day}号起，统一启用新版申请表。"
        elif c == 2:
            s = f"截至{d.Y}年{rnd(3, 11)}月底，累计办理各类业务{rnd(110, 990)}件。"
        else:
            s = f"{d.Y}年全年开展执法检查{rnd(110, 329)}次。"
        return keep_sentence(k, W(s, d.fw), note="year followed by a count / 号 date / month end")
    flag = sub == "flag"

    def ok(y, m, dd):
        r = md_readings(f"{m}{dd}", y)
        return clean_readings(r) and (len(r) >= 2 if flag else len(r) == 1)

    if rng.random() < 0.5:
        occ = [o for o in FULLS if ok(o["y"], o["m"], o["d"])]
        if occ:
            o = pick_occ(occ)
            bad = W(f"{o['y']}年{o['m']}{o['d']}日", o["fw"])
            return damage(o, bad, fix=not flag, note="月 lost from an existing date")
    k = pick(ALL)
    dt, tense = any_date(k, lambda x: ok(x.year, x.month, x.day))
    if dt is None:
        return None
    fw = DOCS[k].fw
    return insert(k, pick(templates(k, tense)), ymd(dt.year, dt.month, dt.day, fw),
                  W(f"{dt.year}年{dt.month}{dt.day}日", fw), fix=not flag, note="月 lost (inserted sentence)")


# ---------------------------------------------------------------- year glued
def k_year_glued(sub):
    if sub == "keep":
        k = pick(ALL)
        d = DOCS[k]
        c = KI[0] % 4  # the kind's 4 keeps: one of each look-alike
        if c == 0:
            s = f"对照三年行动计划（{d.Y}—{d.Y + 2}年）确定的目标任务，逐项抓好落实。"
        elif c == 1:
            s = "每年12月对各项任务完成情况进行评估。"
        elif c == 2:
            s = f"全系统连续{rnd(13, 36)}个月保持安全生产零事故。"
        else:
            s = f"{d.Y}年1至{rnd(3, 11)}月，累计受理群众诉求{rnd(120, 980)}件。"
        return keep_sentence(k, W(s, d.fw), note="year range / 12月 / N个月 / 1至N月")
    r = rng.random()
    if r < 0.3:
        o = pick_occ(YMS)
        d = DOCS[o["doc"]]
        # the matched 年…月: glue year to month whatever follows (日, 底, 起, 至)
        bad = W(f"{o['y']}{o['m']}月", o["fw"])
        return damage(o, bad, note="年 lost, year glued to month (existing)")
    if r < 0.6:
        o = pick_occ(FULLS)
        bad = W(f"{o['y']}{o['m']}月{o['d']}日", o["fw"])
        return damage(o, bad, note="年 lost, year glued to month (existing full date)")
    k = pick(ALL)
    dt, tense = any_date(k)
    fw = DOCS[k].fw
    if rng.random() < 0.5:
        return insert(k, pick(templates(k, tense)), ymd(dt.year, dt.month, dt.day, fw),
                      W(f"{dt.year}{dt.month}月{dt.day}日", fw), note="年 lost (inserted sentence)")
    t = pick(["力争{D}底前完成全部任务。", "{D}起，全面推行网上申报。", "计划于{D}启动第二轮专项检查。"])
    return insert(k, t, W(f"{dt.year}年{dt.month}月", fw), W(f"{dt.year}{dt.month}月", fw),
                  note="年 lost in a year-month (inserted sentence)")


# ---------------------------------------------------------------- day lost before 前/起/至
def k_day_lost(sub):
    if sub == "keep":
        k = pick(ALL)
        d = DOCS[k]
        c = KI[0] % 4  # the kind's 4 keeps: one of each look-alike
        allowed = ""
        if c == 0:
            s = f"请各单位于每月{pick([5, 10, 20, 25])}日前报送工作进展情况。"
        elif c == 1:
            dt, _ = any_date(k, tense="fut")
            s = f"相关材料请于{dt.month}月{dt.day}号前报送{d.org}。"
        elif c == 2:
            s = "每个工作日8:30前完成值班交接。"
            allowed = ":"
        else:
            s = f"一般事项审批时限为{pick([15, 20, 30, 45])}日，自受理之日起计算。"
        return keep_sentence(k, W(s, d.fw), allowed=allowed, note="日前 right / 号前 / 8:30前 / day count")
    if rng.random() < 0.55:
        o = pick_occ(PARTS)
        return Spec(o["doc"], o["s"], o["e"], DOCS[o["doc"]].text[o["s"]:o["e"] - 1], DOCS[o["doc"]].text[o["s"]:o["e"]],
                    note="日 lost before 前/起/至 (existing)")
    k = pick(ALL)
    dt, tense = any_date(k)
    fw = DOCS[k].fw
    ts = templates(k, tense, need=r"\{D\}(前|起)")
    if not ts:
        return None
    good = ymd(dt.year, dt.month, dt.day, fw)
    return insert(k, pick(ts), good, good[:-1], note="日 lost before 前/起 (inserted sentence)")


# ---------------------------------------------------------------- date picker
def k_picker(sub):
    if sub == "keep":
        k = pick(HW)
        d = DOCS[k]
        c = KI[0] % 4  # the kind's 4 keeps: one of each look-alike
        if c == 0:
            s = f"本文件索引号为11330782{rnd(100000000, 999999999)}U/{d.Y}-{rnd(100000, 999999)}。"
            allowed = "/-"
        elif c == 1:
            s = f"咨询电话：{d.area}-{rnd(81000000, 89999999)}。"
            allowed = "-"
        elif c == 2:
            s = f"全年接待游客{d.Y}.{rnd(1, 9)}万人次。"
            allowed = "."
        else:
            s = f"政务服务平台升级至V{rnd(2, 5)}.{rnd(0, 9)}.{rnd(1, 9)}版本。"
            allowed = "."
        return keep_sentence(k, s, allowed=allowed, note="index / phone / decimal / version number")
    flag = sub == "flag"
    if flag:  # en-US order, month and day both <= 12: 4月5日 or 5月4日
        k = pick(HW)
        dt, tense = any_date(k, lambda x: x.day <= 12 and x.day != x.month)
        if dt is None:
            return None
        bad = f"{dt.month}/{dt.day}/{dt.year}"
        return insert(k, pick(templates(k, tense)), None, bad, fix=False, allowed="/",
                      note="en-US picker m/d/yyyy with both parts <= 12")
    forms = [("{y}-{m}-{d}", "-"), ("{y}-{m:02d}-{d:02d}", "-"), ("{y}.{m:02d}.{d:02d}", "."),
             ("{y}.{m}.{d}", "."), ("{y}/{m}/{d}", "/"), ("{y}/{m:02d}/{d:02d}", "/"), ("{m}/{d}/{y}", "/")]
    f, allowed = pick(forms)
    if rng.random() < 0.5:
        occ = [o for o in FULLS if not o["fw"] and (f[1] != "m" or o["d"] > 12)]
        o = pick_occ(occ)
        return damage(o, f.format(y=o["y"], m=o["m"], d=o["d"]), allowed=allowed, note=f"picker format {f} (existing)")
    k = pick(HW)
    dt, tense = any_date(k, lambda x: f[1] != "m" or x.day > 12)
    if dt is None:
        return None
    return insert(k, pick(templates(k, tense)), ymd(dt.year, dt.month, dt.day),
                  f.format(y=dt.year, m=dt.month, d=dt.day), allowed=allowed, note=f"picker format {f}")


# ---------------------------------------------------------------- Excel serial
def serial(dt):
    return (dt - datetime.date(1899, 12, 30)).days


def k_excel(sub):
    if sub == "keep":
        k = pick(HW)
        d = DOCS[k]
        c = KI[0] % 4  # the kind's 4 keeps: one of each look-alike
        if c == 0:
            s = f"全年受理群众来电{serial(d.wd) + rnd(-400, 400)}件，做到件件有回音。"
            allowed = ""
        elif c == 1:
            s = f"项目总投资{serial(d.wd) + rnd(-900, 900)}万元。"
            allowed = ""
        elif c == 2:
            s = "畅通12345政务服务便民热线，做到件件有回音。"
            allowed = ""
        else:
            s = f"累计完成各类检测样本{rnd(30000, 49999)}份。"
            allowed = ""
        return keep_sentence(k, s, allowed=allowed, note="5-digit count / amount / hotline")
    if rng.random() < 0.4:
        occ = [o for o in FULLS if not o["fw"]]
        o = pick_occ(occ)
        return damage(o, str(serial(datetime.date(o["y"], o["m"], o["d"]))), fix=False,
                      note="date replaced by its Excel serial (existing)")
    k = pick(HW)
    dt, tense = any_date(k)
    return insert(k, pick(templates(k, tense)), None, str(serial(dt)), fix=False, note="Excel serial (inserted sentence)")


# ---------------------------------------------------------------- weekday conflict
def wrong_weekday(dt):
    try:
        w = dt.replace(year=dt.year - 1).weekday()  # last year's notice reused
    except ValueError:
        w = (dt.weekday() + 1) % 7
    if w == dt.weekday():
        w = (w + pick([1, 2, 6])) % 7
    return w


def wd_form(w):
    return pick([f"（星期{WEEK[w]}）", f"（周{WEEK[w]}）", f"星期{WEEK[w]}"])


def k_weekday(sub):
    if sub == "keep":
        k = pick(ALL)
        d = DOCS[k]
        c = KI[0] % 4  # the kind's 4 keeps: one of each look-alike
        if c == 3:
            return keep_sentence(k, "政务服务大厅每周一至周五正常办公，周六、周日安排专人值守。", note="weekday range")
        dt, tense = any_date(k, tense="fut")
        w = dt.weekday()
        if c == 0:
            s = f"{d.org}定于{ymd(dt.year, dt.month, dt.day)}（星期{WEEK[w]}）召开工作推进会。"
        elif c == 1:
            s = f"{dt.month}月{dt.day}日（周{WEEK[w]}）起，政务服务大厅实行延时服务。"
        else:
            s = f"请于{ymd(dt.year, dt.month, dt.day)}（星期{WEEK[w]}）前报送{d.org}。"
        return keep_sentence(k, W(s, d.fw), note="weekday agrees with the date")
    if rng.random() < 0.4:
        occ = [o for o in FULLS if DOCS[o["doc"]].text[o["e"]:o["e"] + 1] not in "（("]
        o = pick_occ(occ)
        dt = datetime.date(o["y"], o["m"], o["d"])
        wf = W(wd_form(wrong_weekday(dt)), False)
        return Spec(o["doc"], o["e"], o["e"], wf, None, flag=[o["s"], o["e"] + len(wf)],
                    note="a weekday that contradicts an existing date added")
    k = pick(ALL)
    dt, tense = any_date(k)
    d = DOCS[k]
    t = pick(templates(k, tense, need=r"于\{D\}|\{D\}，"))
    date = ymd(dt.year, dt.month, dt.day, d.fw) + wd_form(wrong_weekday(dt))
    return insert(k, t, None, date, fix=False, note="weekday contradicts the date (inserted)")


# ---------------------------------------------------------------- OCR unit misread
def k_ocr(sub):
    if sub == "keep":
        k = pick(ALL)
        d = DOCS[k]
        c = KI[0] % 4  # the kind's 4 keeps: one of each look-alike
        if c == 0:
            s = f"新打机井{rnd(12, 48)}口，解决{rnd(300, 2000)}户群众饮水难问题。"
        elif c == 1:
            s = f"{d.Y}年{rnd(1, 3)}月用水量较上年同期有所下降。"
        elif c == 2:
            dt, _ = any_date(k, tense="fut")
            s = f"相关材料请于{dt.month}月{dt.day}号前报送{d.org}。"
        else:
            s = f"在主要路段设置{rnd(12, 36)}个出入口，实行分时段通行。"
        return keep_sentence(k, W(s, d.fw), note="口 as measure word / 月用 / 号 date / 出入口")
    ri = "曰目口"
    yue = "丹用"
    if rng.random() < 0.55:
        o = pick_occ(FULLS + MDS)
        d = DOCS[o["doc"]]
        good = d.text[o["s"]:o["e"]]
        if rng.random() < 0.6:
            bad = good[:-1] + pick(ri)
        else:
            j = good.index("月")
            bad = good[:j] + pick(yue) + good[j + 1:]
        return damage(o, bad, note="OCR misread of 日/月 (existing)")
    k = pick(ALL)
    dt, tense = any_date(k)
    d = DOCS[k]
    good = ymd(dt.year, dt.month, dt.day, d.fw)
    if rng.random() < 0.6:
        bad = good[:-1] + pick(ri)
    else:
        j = good.index("月")
        bad = good[:j] + pick(yue) + good[j + 1:]
    return insert(k, pick(templates(k, tense)), good, bad, note="OCR misread (inserted)")


# ---------------------------------------------------------------- Chinese-numeral zero
def k_cn_zero(sub):
    c = KI[0] % 4  # the kind's 4 keeps: one of each look-alike
    k = pick(HW if sub == "keep" and c == 2 else ALL)
    d = DOCS[k]
    dt, tense = any_date(k, tense="fut")
    good = cn_date(dt.year, dt.month, dt.day)
    kind = {"notice": "通知", "measure": "办法", "summary": "计划", "gwr": "办法"}[d.cls]
    t = pick([f"本{kind}自{{D}}起施行。" if d.cls != "gwr" else "有关实施办法自{D}起施行。",
              "{D}，" + d.org + "印发相关实施细则。",
              "各项整改任务须于{D}前全部完成。"])
    if sub == "keep":
        if c == 0:
            s = fill(t, k, good)
            allowed = ""
        elif c == 1:
            s = "表中标注“○”的为本年度新增项目。"
            allowed = ""
        elif c == 2:
            s = "开展细颗粒物（PM2.5）和臭氧（O3）协同控制。"
            allowed = "."
        else:
            s = "到二〇三五年基本实现社会主义现代化。"
            allowed = ""
        return keep_sentence(k, s, allowed=allowed, note="correct 〇 / ○ symbol / O3 / 二〇三五年")
    ch = pick(["O", "0", "○", "O", "○"])
    bad = good.replace("〇", ch) if rng.random() < 0.7 else good.replace("〇", ch, 1)
    return insert(k, t, good, bad, note=f"〇 typed as {ch!r} in a Chinese-numeral date")


# ---------------------------------------------------------------- width mix
def mix_width(good):
    """flip the width of some (not all) digits of a date."""
    idx = [i for i, ch in enumerate(good) if ch in "0123456789０１２３４５６７８９"]
    n = rnd(1, max(1, len(idx) // 2))
    flip = set(rng.sample(idx, n))
    out = []
    for i, ch in enumerate(good):
        if i in flip:
            ch = ch.translate(FWD) if ch in "0123456789" else ch.translate(HWD)
        out.append(ch)
    return "".join(out)


def k_width(sub):
    if sub == "keep":
        k = pick(ALL)
        d = DOCS[k]
        dt, _ = any_date(k, tense="fut")
        c = KI[0] % 4  # the kind's 4 keeps: one of each look-alike
        if c == 0:
            s = f"{d.org}于{ymd(dt.year, dt.month, dt.day)}印发《实施细则》（试行）。"
        elif c == 1:
            e = dt + datetime.timedelta(days=rnd(20, 40))
            s = f"{ymd(dt.year, dt.month, dt.day)}—{e.month}月{e.day}日为集中宣传月。"
        elif c == 2:
            s = f"截至{dt.year}年{dt.month}月底，累计完成投资{rnd(2, 9)}亿元。"
        else:
            s = f"时间：{ymd(dt.year, dt.month, dt.day)}\u3000地点：{d.org}三楼会议室。"
        return keep_sentence(k, W(s, d.fw), note="a date in one width beside full-width punctuation")
    if rng.random() < 0.5:
        o = pick_occ(FULLS + MDS)
        good = DOCS[o["doc"]].text[o["s"]:o["e"]]
        return damage(o, mix_width(good), note="full/half width mixed in an existing date")
    k = pick(ALL)
    d = DOCS[k]
    dt, tense = any_date(k)
    good = ymd(dt.year, dt.month, dt.day, d.fw)
    return insert(k, pick(templates(k, tense)), good, mix_width(good), note="width mixed (inserted)")


# ---------------------------------------------------------------- line break in date
def break_at(good):
    cut = rnd(1, len(good) - 1)
    return good[:cut] + "\n" + good[cut:]


def k_linebreak(sub):
    if sub == "keep":
        k = pick([x for x in WDOCS if line_starts(x, digit_next=True)])
        d = DOCS[k]
        dt, _ = any_date(k, tense="fut")
        e = dt + datetime.timedelta(days=rnd(20, 60))
        c = KI[0] % 4  # the kind's 4 keeps: one of each look-alike
        if c == 0:
            s = f"时间安排：{ymd(dt.year, dt.month, dt.day)}至{e.month}月{e.day}日"
        elif c == 1:
            s = f"实施期限：{d.Y}—{d.Y + 2}年"
        elif c == 2:
            s = f"（{ymd(dt.year, dt.month, dt.day)}{d.org}办公会议审议通过）"
        else:
            s = f"联系电话：{d.area}-{rnd(81000000, 89999999)}"
        pos = pick(line_starts(k, digit_next=True))
        return Spec(k, pos, pos, W(s, d.fw) + "\n", None, allowed="-" if c == 3 else "",
                    note="a line ending in a date / year / number before a line starting with a digit", line=True)
    if rng.random() < 0.5:
        o = pick_occ(FULLS + MDS)
        good = DOCS[o["doc"]].text[o["s"]:o["e"]]
        return damage(o, break_at(good), note="line break inside an existing date")
    k = pick(ALL)
    d = DOCS[k]
    dt, tense = any_date(k)
    good = ymd(dt.year, dt.month, dt.day, d.fw)
    return insert(k, pick(templates(k, tense)), good, break_at(good), note="line break inside a date (inserted)")


# ---------------------------------------------------------------- space in date
def spaced(good):
    sp = pick([" ", " ", "\u3000", "\u00a0"])
    style = rng.randint(0, 3)
    if style == 0:  # Word autospace around every Latin run
        out = re.sub(r"([0-9０-９]+)", sp + r"\1" + sp, good).strip(sp)
    elif style == 1:  # after each unit
        out = re.sub(r"(年|月)", r"\1" + sp, good)
    else:  # one stray space (justified PDF text)
        cut = rnd(1, len(good) - 1)
        out = good[:cut] + sp + good[cut:]
    return out, (" " if sp == " " else "")


def k_space(sub):
    if sub == "keep":
        c = KI[0] % 4  # the kind's 4 keeps: one of each look-alike
        k = pick(ALL if c == 1 else HW)
        d = DOCS[k]
        dt, _ = any_date(k, tense="fut")
        if c == 0:
            s, allowed = "严格执行《环境空气质量标准》（GB 3095—2012）。", " "
        elif c == 1:
            s, allowed = f"时间：{ymd(dt.year, dt.month, dt.day, d.fw)}\u3000地点：{d.org}三楼会议室。", ""
        elif c == 2:
            s, allowed = "推动重点企业通过ISO 9001质量管理体系认证。", " "
        else:
            s, allowed = f"联系人：张明\u3000联系电话：{d.area}-{rnd(81000000, 89999999)}。", "-"
        return keep_sentence(k, s, allowed=allowed, note="standard code / field separator spaces")
    if rng.random() < 0.5:
        o = pick_occ(FULLS)
        good = DOCS[o["doc"]].text[o["s"]:o["e"]]
        bad, allowed = spaced(good)
        return damage(o, bad, allowed=allowed, note="space inside an existing date")
    k = pick(ALL)
    d = DOCS[k]
    dt, tense = any_date(k)
    good = ymd(dt.year, dt.month, dt.day, d.fw)
    bad, allowed = spaced(good)
    return insert(k, pick(templates(k, tense)), good, bad, allowed=allowed, note="space inside a date (inserted)")


# ---------------------------------------------------------------- range end lost
RANGE_T = ["{D}，集中开展专项整治行动。", "{D}为集中排查整治阶段。", "{D}，组织开展“回头看”专项检查。"]


def k_range(sub):
    if sub == "keep":
        k = pick(ALL)
        d = DOCS[k]
        dt, _ = any_date(k, lambda x: x.day <= 15, tense="fut")
        c = KI[0] % 4  # the kind's 4 keeps: one of each look-alike
        if c == 0:
            last = (dt.replace(day=28) + datetime.timedelta(days=4)).replace(day=1) - datetime.timedelta(days=1)
            s = pick(RANGE_T).replace("{D}", f"{ymd(dt.year, dt.month, dt.day)}至{rnd(dt.day + 5, last.day)}日")
        elif c == 1:
            s = f"{dt.year}年{dt.month}月至{min(12, dt.month + rnd(2, 5))}月，开展“回头看”专项检查。"
        elif c == 2:
            e = dt + datetime.timedelta(days=rnd(20, 60))
            s = pick(RANGE_T).replace("{D}", f"{ymd(dt.year, dt.month, dt.day)}至{e.month}月{e.day}日")
        else:
            s = f"{d.Y}年1至{rnd(3, 11)}月，累计查处违法案件{rnd(20, 160)}件。"
        return keep_sentence(k, W(s, d.fw), note="same-month shorthand / month range / full range")
    flag = sub == "flag"

    def ok(y, m1, d1, m, dd):
        r = md_readings(f"{m}{dd}", y)
        if not clean_readings(r):
            return False
        if not flag:
            return len(r) == 1
        start = datetime.date(y, m1, d1)
        return len(r) >= 2 and all(datetime.date(y, int(a), int(b)) > start for a, b in r)

    if not flag and rng.random() < 0.5:
        occ = [o for o in RANGES if ok(o["y"], o["m1"], o["d1"], o["m"], o["d"])]
        o = pick_occ(occ)
        bad = W(f"{o['m']}{o['d']}日", o["fw"])
        return damage(o, bad, note="月 of the range's end lost (existing)")
    for _ in range(400):
        k = pick(ALL)
        d = DOCS[k]
        dt, tense = any_date(k)
        e = dt + datetime.timedelta(days=rnd(3, 330 if flag else 150))
        if e.year == dt.year and (flag or e.month != dt.month) and ok(dt.year, dt.month, dt.day, e.month, e.day):
            break
    else:
        return None
    first = ymd(dt.year, dt.month, dt.day, d.fw)
    good = first + "至" + W(f"{e.month}月{e.day}日", d.fw)
    bad = first + "至" + W(f"{e.month}{e.day}日", d.fw)
    sp = insert(k, pick(RANGE_T), good, bad, fix=not flag, note="range end lost its 月 (inserted)")
    if flag:  # flag the damaged end only
        sp.flag = [sp.flag[0] + len(first) + 1, sp.flag[1]]
    return sp


# ---------------------------------------------------------------- YYYYMMDD in prose
def k_yyyymmdd(sub):
    if sub == "keep":
        k = pick(HW)
        d = DOCS[k]
        dt, _ = any_date(k, tense="fut")
        c = KI[0] % 4  # the kind's 4 keeps: one of each look-alike
        allowed = ""
        if c == 0:
            s = f"《工作动态》第{dt.year}{dt.month:02d}{dt.day:02d}期刊发了相关经验做法。"
        elif c == 1:
            s = f"咨询电话：{rnd(81000000, 89999999)}。"
        elif c == 2:
            s = f"本文件索引号为11330782{rnd(100000000, 999999999)}U/{d.Y}-{rnd(100000, 999999)}。"
            allowed = "/-"
        else:
            s = f"累计拨付专项资金{dt.year}{dt.month:02d}{dt.day:02d}元。"
        return keep_sentence(k, s, allowed=allowed, note="issue number / phone / index / amount of 8 digits")
    if rng.random() < 0.5:
        o = pick_occ([o for o in FULLS if not o["fw"]])
        return damage(o, f"{o['y']}{o['m']:02d}{o['d']:02d}", note="YYYYMMDD from a database field (existing)")
    k = pick(HW)
    dt, tense = any_date(k)
    return insert(k, pick(templates(k, tense)), ymd(dt.year, dt.month, dt.day),
                  f"{dt.year}{dt.month:02d}{dt.day:02d}", note="YYYYMMDD in prose (inserted)")


# ---------------------------------------------------------------- month / day swapped
def k_swap(sub):
    if sub == "keep":
        k = pick(ALL)
        d = DOCS[k]
        c = KI[0] % 4  # the kind's 4 keeps: one of each look-alike
        if c == 0:
            dt, tense = any_date(k, lambda x: x.day <= 12)
            s = fill(pick(templates(k, tense)), k, ymd(dt.year, dt.month, dt.day))
        elif c == 1:
            s = f"对违反本办法第{rnd(13, 31)}条规定的，依法予以处理。"
        elif c == 2:
            s = f"{d.Y}年1至12月，累计办理各类事项{rnd(1200, 9800)}件。"
        else:
            s = f"审批时限由{rnd(20, 30)}个工作日压缩至{rnd(13, 19)}个工作日。"
        return keep_sentence(k, W(s, d.fw), note="date with both parts <= 12 / 第N条 / 1至12月 / day count")
    if sub == "flag":  # a swapped pair that is no date in either order
        k = pick(ALL)
        d = DOCS[k]
        y = d.Y
        pairs = [(30, 2), (31, 2), (31, 4), (31, 6), (31, 9), (31, 11)]
        if y % 4:
            pairs.append((29, 2))
        a, b = pick(pairs)
        bad = W(f"{y}年{a}月{b}日", d.fw)
        return insert(k, pick(templates(k, "fut")), None, bad, fix=False, note="no valid order of month and day")
    if rng.random() < 0.5:
        occ = [o for o in FULLS + MDS if o["d"] > 12]
        o = pick_occ(occ)
        d = DOCS[o["doc"]]
        good = d.text[o["s"]:o["e"]]
        yr = good[:good.index("年") + 1] if "年" in good else ""
        bad = yr + W(f"{o['d']}月{o['m']}日", o["fw"])
        return damage(o, bad, note="month and day swapped (existing)")
    k = pick(ALL)
    d = DOCS[k]
    dt, tense = any_date(k, lambda x: x.day > 12)
    return insert(k, pick(templates(k, tense)), ymd(dt.year, dt.month, dt.day, d.fw),
                  W(f"{dt.year}年{dt.day}月{dt.month}日", d.fw), note="month and day swapped (inserted)")


# ---------------------------------------------------------------- time glued
TIME_T = ["{org}定于{D}{T}在{org}三楼会议室召开工作推进会，请相关单位主要负责同志参加。",
          "请参会人员于{D}{T}前到达会场签到。",
          "{org}将于{D}{T}组织开展线上业务培训。"]
TIMES = [(8, 30), (9, 0), (9, 30), (10, 0), (10, 30), (14, 0), (14, 30), (15, 0), (15, 30), (16, 0)]


def k_time(sub):
    k = pick(WDOCS)
    d = DOCS[k]
    if sub == "keep":
        c = KI[0] % 4  # the kind's 4 keeps: one of each look-alike
        dt, _ = any_date(k, tense="fut")
        if c == 0:
            h, mi = pick(TIMES)
            s = fill(pick(TIME_T), k, ymd(dt.year, dt.month, dt.day)).replace("{T}", f"{h}:{mi:02d}")
        elif c == 1:
            s = "工作日8:30—12:00、14:30—17:30提供现场咨询服务。"
        elif c == 2:
            s = f"{d.org}定于{ymd(dt.year, dt.month, dt.day)}下午2:30召开专题会议。"
        else:
            s = "政务服务大厅每日9:00至17:00开放。"
        return keep_sentence(k, s, allowed=":", note="clock times, a correct date with a time")
    flag = sub == "flag"
    for _ in range(300):
        dt, tense = any_date(k, tense="fut")
        h, mi = pick(TIMES + [(10, 0), (10, 30), (11, 0), (14, 30)])
        r = time_readings(f"{dt.day}{h}", mi, dt.year, dt.month)
        if (len(r) >= 2) == flag:
            break
    else:
        return None
    t = pick(TIME_T)
    good = ymd(dt.year, dt.month, dt.day) + f"{h}:{mi:02d}"
    bad = ymd(dt.year, dt.month, dt.day)[:-1] + f"{h}:{mi:02d}"
    t2 = t.replace("{T}", "")
    sp = insert(k, t2, good, bad, fix=not flag, allowed=":", note="日 lost between the date and a clock time")
    return sp


# ================================================================= build
KINDS = [
    # name, fn, held, (fix, flag)
    ("compacted", k_compacted, False, (5, 3)),
    ("month_mark_lost", k_month_lost, True, (5, 3)),
    ("year_glued", k_year_glued, True, (8, 0)),
    ("day_lost_before_particle", k_day_lost, False, (8, 0)),
    ("date_picker", k_picker, False, (6, 2)),
    ("excel_serial", k_excel, True, (0, 8)),
    ("weekday_conflict", k_weekday, False, (0, 8)),
    ("ocr_unit_misread", k_ocr, False, (8, 0)),
    ("cn_zero_letter", k_cn_zero, True, (8, 0)),
    ("width_mix", k_width, True, (8, 0)),
    ("line_break_in_date", k_linebreak, True, (8, 0)),
    ("space_in_date", k_space, False, (8, 0)),
    ("range_end_lost", k_range, False, (5, 3)),
    ("yyyymmdd_prose", k_yyyymmdd, True, (8, 0)),
    ("month_day_swap", k_swap, True, (5, 3)),
    ("time_glued", k_time, False, (5, 3)),
]
KEEPS = 4


def build():
    probes, seen = [], set()
    n = 0
    for name, fn, held, (nfix, nflag) in KINDS:
        subs = ["fix"] * nfix + ["flag"] * nflag + ["keep"] * KEEPS
        rng.shuffle(subs)
        nkeep = 0
        for sub in subs:
            if sub == "keep":
                KI[0] = nkeep
                nkeep += 1
            for _ in range(500):
                sp = fn(sub)
                if sp is None:
                    continue
                base = DOCS[sp.k].text
                raw = base[:sp.s] + sp.raw_piece + base[sp.e:]
                if raw in seen or raw == base:
                    continue
                break
            else:
                raise RuntimeError(f"no unique probe for {name}/{sub}")
            seen.add(raw)
            if sub == "fix":
                want = base[:sp.s] + sp.want_piece + base[sp.e:]
            else:
                want = raw
            n += 1
            probes.append({"id": f"{FAMILY}-{n:04d}", "family": FAMILY, "kind": name,
                           "label": "keep" if sub == "keep" else "defect", "held": held,
                           "raw": raw, "want": want, "flag": sp.flag if sub == "flag" else None,
                           "note": f"[{sp.k}] {sp.note}",
                           "_sub": sub, "_sp": sp})
    return probes


# ================================================================= self-check
ASCII_PUNCT = set(string.punctuation) | {" "}
GOOD_DATE = re.compile(r"([0-9０-９]{4}年)?[0-9０-９]{1,2}月([0-9０-９]{1,2}日)?|[〇一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日")


def selfcheck(probes):
    ids = set()
    raws = set()
    per = Counter()
    for p in probes:
        sp, sub = p["_sp"], p["_sub"]
        base = DOCS[sp.k].text
        raw, want = p["raw"], p["want"]
        assert p["id"] not in ids and raw not in raws, p["id"]
        ids.add(p["id"])
        raws.add(raw)
        per[(p["kind"], p["label"])] += 1
        # raw differs from the base only by the change
        assert raw == base[:sp.s] + sp.raw_piece + base[sp.e:] and raw != base, p["id"]
        assert 0 < sp.s <= sp.e <= len(base), p["id"]
        assert clear(DOCS[sp.k], sp.s, max(sp.e, sp.s + 1)), p["id"]
        pre = 0
        while pre < min(len(raw), len(base)) and raw[pre] == base[pre]:
            pre += 1
        suf = 0
        while suf < min(len(raw), len(base)) - pre and raw[-1 - suf] == base[-1 - suf]:
            suf += 1
        n = len(sp.raw_piece) + (sp.e - sp.s)  # an insertion may align a character either side
        assert sp.s - n <= pre and len(raw) - suf <= sp.s + len(sp.raw_piece) + n, p["id"]
        if sub == "fix":
            assert p["flag"] is None and want != raw, p["id"]
            assert want == base[:sp.s] + sp.want_piece + base[sp.e:], p["id"]
            if sp.s != sp.e:  # an existing date damaged: want is the base itself
                assert want == base, p["id"]
                assert GOOD_DATE.fullmatch(base[sp.s:sp.e]) or re.fullmatch(r"[0-9０-９]{1,2}日", base[sp.s:sp.e]), p["id"]
            else:  # an inserted sentence: its correct date is in want
                assert GOOD_DATE.search(sp.want_piece), p["id"]
                assert sp.want_piece.endswith("。"), p["id"]
        elif sub == "flag":
            assert want == raw, p["id"]
            fs, fe = p["flag"]
            assert 0 <= fs < fe <= len(raw), p["id"]
            assert fe > sp.s and fs < sp.s + len(sp.raw_piece), p["id"]  # the flag covers the change
        else:
            assert want == raw and p["flag"] is None, p["id"]
            assert sp.s == sp.e, p["id"]  # a look-alike is an insertion
        # no ASCII punctuation except what the cause types
        for piece in (sp.raw_piece, sp.want_piece or ""):
            bad = {ch for ch in piece if ch in ASCII_PUNCT} - set(sp.allowed)
            assert not bad, (p["id"], bad, piece)
        # digit width of an inserted sentence matches the document's
        if sp.s == sp.e and p["kind"] != "width_mix":
            digits = re.findall(r"[0-9０-９]", sp.want_piece or sp.raw_piece)
            if DOCS[sp.k].fw:
                assert all(c in "０１２３４５６７８９" for c in digits), p["id"]
            else:
                assert all(c in "0123456789" for c in digits), p["id"]
        assert p["held"] == dict((k[0], k[2]) for k in KINDS)[p["kind"]]
    for name, _, _, _ in KINDS:
        assert per[(name, "defect")] == 8 and per[(name, "keep")] == 4, name
    held = {k[0] for k in KINDS if k[2]}
    assert len(held) * 2 == len(KINDS)


def main():
    probes = build()
    selfcheck(probes)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        for p in probes:
            q = {k: v for k, v in p.items() if not k.startswith("_")}
            f.write(json.dumps(q, ensure_ascii=False) + "\n")
    c = Counter((p["kind"], p["_sub"]) for p in probes)
    for name, _, held, _ in KINDS:
        print(f"{name:26s} held={str(held):5s} defect={c[(name, 'fix')] + c[(name, 'flag')]:2d} "
              f"(fix {c[(name, 'fix')]}, flag {c[(name, 'flag')]})  keep={c[(name, 'keep')]:2d}")
    lab = Counter(p["label"] for p in probes)
    print("total", len(probes), "defect", lab["defect"], "keep", lab["keep"],
          "held", sum(p["held"] for p in probes))


if __name__ == "__main__":
    main()
