"""The national form's tables (2019 and 2021 templates) rendered in scraped layouts, with their gold cells.

Why: the gold of a table must come from the very grid that is printed, so every table here is built from
one data object (:class:`Req`, :class:`Cases`) that both renders the text and yields the gold cells. Row and
column labels are the form's standard wording (common property of every report); numbers are invented.
Layouts: ``pipe`` (| cells |), ``tab`` (TAB-separated rows), ``cell`` (one cell per line) and ``glued``
(labels and digits run together, as a scraper that drops cell borders leaves them). For ``glued`` the gold
is worked out the way the guideline says: every split of the digit runs that satisfies the form's arithmetic
is enumerated, and a field with more than one value is ambiguous.
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass, field

HEAD_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
ORG_COLS = ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]
WITHHELD = [("state_secret", "1.属于国家秘密"), ("prohibited_by_law", "2.其他法律行政法规禁止公开"),
            ("three_safety", "3.危及“三安全一稳定”"), ("third_party", "4.保护第三方合法权益"),
            ("internal_affairs", "5.属于三类内部事务信息"), ("process_info", "6.属于四类过程性信息"),
            ("enforcement_file", "7.属于行政执法案卷"), ("admin_query", "8.属于行政查询事项")]
UNAVAILABLE = [("not_held", "1.本机关不掌握相关政府信息"), ("needs_creation", "2.没有现成信息需要另行制作"),
               ("unclear", "3.补正后申请内容仍不明确")]
NOT_PROCESSED = [("complaint", "1.信访举报投诉类申请"), ("duplicate", "2.重复申请"),
                 ("publication", "3.要求提供公开出版物"), ("mass_repeat", "4.无正当理由大量反复申请"),
                 ("confirm", "5.要求行政机关确认或重新出具已获取信息")]
OTHER_2021 = [("overdue_correction", "1.申请人无正当理由逾期不补正、行政机关不再处理其申请"),
              ("unpaid_fee", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其申请"),
              ("misc", "3.其他")]
GROUPS = [("withheld", "（三）不予公开", WITHHELD), ("unavailable", "（四）无法提供", UNAVAILABLE),
          ("not_processed", "（五）不予处理", NOT_PROCESSED)]


def v(np: int = 0, biz: int = 0, sci: int = 0, pub: int = 0, law: int = 0, oth: int = 0) -> tuple[int, ...]:
    """One row of table 三: natural person, the five organisation columns (total is computed)."""
    return (np, biz, sci, pub, law, oth)


@dataclass
class Req:
    """Table 三's cells by row key; rows not given are zero. Group rows and (七) are computed."""

    form: str  # "2019" | "2021"
    rows: dict[str, tuple[int, ...]] = field(default_factory=dict)

    def get(self, key: str) -> tuple[int, ...]:
        r = self.rows.get(key, v())
        return tuple(r) + (sum(r),)

    def grid(self) -> list[tuple[str | None, str, str, tuple[int, ...]]]:
        """(section cell, group cell, label, 7 values) per printed row, in form order."""
        out = [(None, "", "一、本年新收政府信息公开申请数量", self.get("new")),
               (None, "", "二、上年结转政府信息公开申请数量", self.get("carry")),
               ("三、本年度办理结果", "", "（一）予以公开", self.get("disclosed")),
               (None, "", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", self.get("partial"))]
        for gkey, glabel, subs in GROUPS:
            for i, (skey, slabel) in enumerate(subs):
                out.append((None, glabel if i == 0 else "", slabel, self.get(f"{gkey}.{skey}")))
        if self.form == "2021":
            for i, (skey, slabel) in enumerate(OTHER_2021):
                out.append((None, "（六）其他处理" if i == 0 else "", slabel, self.get(f"other.{skey}")))
        else:
            out.append((None, "", "（六）其他处理", self.get("other")))
        out.append((None, "", "（七）总计", self.total()))
        out.append((None, "", "四、结转下年度继续办理", self.get("forward")))
        return out

    def total(self) -> tuple[int, ...]:
        keys = ["disclosed", "partial"] + [f"{g}.{s}" for g, _, subs in GROUPS for s, _ in subs]
        keys += [f"other.{s}" for s, _ in OTHER_2021] if self.form == "2021" else ["other"]
        return tuple(sum(self.get(k)[c] for k in keys) for c in range(7))

    def check(self) -> None:
        new, carry, tot, fwd = self.get("new"), self.get("carry"), self.total(), self.get("forward")
        for c in range(7):
            assert new[c] + carry[c] == tot[c] + fwd[c], ("勾稽", c, new, carry, tot, fwd)

    def gold(self) -> dict[str, int]:
        self.check()
        g = {"requests.received": self.get("new")[6], "requests.carried_over": self.get("carry")[6],
             "requests.carried_forward": self.get("forward")[6],
             "requests.applicant.natural_person": self.get("new")[0],
             "requests.applicant.organization": sum(self.get("new")[1:6]),
             "requests.outcome.disclosed": self.get("disclosed")[6],
             "requests.outcome.partial": self.get("partial")[6],
             "requests.outcome.total": self.total()[6]}
        for gkey, _, subs in GROUPS:
            for skey, _ in subs:
                g[f"requests.outcome.{gkey}.{skey}"] = self.get(f"{gkey}.{skey}")[6]
            g[f"requests.outcome.{gkey}"] = sum(self.get(f"{gkey}.{s}")[6] for s, _ in subs)
        if self.form == "2021":
            for skey, _ in OTHER_2021:
                g[f"requests.outcome.other.{skey}"] = self.get(f"other.{skey}")[6]
            g["requests.outcome.other"] = sum(self.get(f"other.{s}")[6] for s, _ in OTHER_2021)
        else:
            g["requests.outcome.other"] = self.get("other")[6]
        return g


@dataclass
class Cases:
    """Table 四: review and the two litigation blocks, each (维持, 纠正, 其他, 尚未审结); totals computed."""

    review: tuple[int, int, int, int] = (0, 0, 0, 0)
    direct: tuple[int, int, int, int] = (0, 0, 0, 0)
    after: tuple[int, int, int, int] = (0, 0, 0, 0)

    def cells(self) -> list[int]:
        out: list[int] = []
        for block in (self.review, self.direct, self.after):
            out += list(block) + [sum(block)]
        return out

    def gold(self) -> dict[str, int]:
        names = ["upheld", "corrected", "other", "pending"]
        g: dict[str, int] = {}
        for i, n in enumerate(names):
            g[f"review.{n}"] = self.review[i]
            g[f"litigation.direct.{n}"] = self.direct[i]
            g[f"litigation.after_review.{n}"] = self.after[i]
            g[f"litigation.{n}"] = self.direct[i] + self.after[i]
        g["review.total"] = sum(self.review)
        g["litigation.direct.total"] = sum(self.direct)
        g["litigation.after_review.total"] = sum(self.after)
        g["litigation.total"] = sum(self.direct) + sum(self.after)
        return g


# ---------------------------------------------------------------- rendering

def _rows_t3(req: Req) -> list[list[str]]:
    rows = [[HEAD_NOTE, "申请人情况"], ["自然人", "法人或其他组织", "总计"], list(ORG_COLS)]
    for sec, grp, label, vals in req.grid():
        cells = [c for c in (sec, grp) if c] + [label] + [str(x) for x in vals]
        rows.append(cells)
    return rows


def _rows_t4(cases: Cases) -> list[list[str]]:
    res = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    return [["行政复议", "行政诉讼"], res + ["未经复议直接起诉", "复议后起诉"], res + res,
            [str(x) for x in cases.cells()]]


def layout(rows: list[list[str]], how: str) -> str:
    """Print a grid of cells the way a scraper leaves it."""
    if how == "pipe":
        return "\n".join("| " + " | ".join(r) + " |" for r in rows)
    if how == "tab":
        return "\n".join("\t".join(r) for r in rows)
    if how == "cell":
        return "\n".join(c for r in rows for c in r)
    if how == "glued":
        return "\n".join("".join(r) for r in rows)
    raise ValueError(how)


def table3(req: Req, how: str) -> str:
    return layout(_rows_t3(req), how)


def table4(cases: Cases, how: str) -> str:
    return layout(_rows_t4(cases), how)


def table2_2021(d: dict[str, tuple], how: str) -> str:
    """Table 二 of the 2021 form (主动公开): not scored, printed for realism."""
    g = lambda k, n: [str(x) for x in d.get(k, (0,) * n)]  # noqa: E731
    rows = [["第二十条第（一）项"], ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
            ["规章"] + g("rule", 3), ["行政规范性文件"] + g("norm", 3),
            ["第二十条第（五）项"], ["信息内容", "本年处理决定数量"], ["行政许可"] + g("permit", 1),
            ["第二十条第（六）项"], ["信息内容", "本年处理决定数量"], ["行政处罚"] + g("penalty", 1),
            ["行政强制"] + g("force", 1),
            ["第二十条第（八）项"], ["信息内容", "本年收费金额（单位：万元）"], ["行政事业性收费"] + g("fee", 1)]
    return layout(rows, how)


def table2_2019(d: dict[str, tuple], how: str) -> str:
    """Table 二 of the 2019 form (主动公开): not scored, printed for realism."""
    g = lambda k, n: [str(x) for x in d.get(k, (0,) * n)]  # noqa: E731
    rows = [["第二十条第（一）项"], ["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"],
            ["规章"] + g("rule", 3), ["规范性文件"] + g("norm", 3),
            ["第二十条第（五）项"], ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
            ["行政许可"] + g("permit", 3), ["其他对外管理服务事项"] + g("service", 3),
            ["第二十条第（六）项"], ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
            ["行政处罚"] + g("penalty", 3), ["行政强制"] + g("force", 3),
            ["第二十条第（八）项"], ["信息内容", "上一年项目数量", "本年增/减"],
            ["行政事业性收费"] + g("fee", 2),
            ["第二十条第（九）项"], ["信息内容", "采购项目数量", "采购总金额"], ["政府集中采购"] + g("buy", 2)]
    return layout(rows, how)


# ---------------------------------------------------------------- glued: every reading the arithmetic allows

def _splits(digits: str, k: int) -> list[tuple[int, ...]]:
    """All ways to cut ``digits`` into ``k`` numbers without leading zeros."""
    if k == 1:
        return [(int(digits),)] if digits and (digits == "0" or digits[0] != "0") else []
    out = []
    for i in range(1, len(digits) - k + 2):
        head = digits[:i]
        if len(head) > 1 and head[0] == "0":
            break
        out += [(int(head),) + rest for rest in _splits(digits[i:], k - 1)]
    return out


def glued_gold(req: Req, cases: Cases) -> tuple[dict[str, int], dict[str, list[int]]]:
    """Gold of glued tables 三/四: (unambiguous cells, ambiguous fields with their candidate values)."""
    grid = req.grid()
    cands = []
    for _, _, _, vals in grid:
        s = "".join(str(x) for x in vals)
        rows = [t for t in _splits(s, 7) if sum(t[:6]) == t[6]]
        assert tuple(vals) in rows
        cands.append(rows)
    sols = []
    n_tot = len(grid) - 2
    for combo in itertools.product(*cands):
        ok = True
        for c in range(7):
            body = sum(r[c] for r in combo[2:n_tot])
            if body != combo[n_tot][c] or combo[0][c] + combo[1][c] != combo[n_tot][c] + combo[-1][c]:
                ok = False
                break
        if ok:
            sols.append(combo)
    labels = [g[2] for g in grid]
    golds = []
    for combo in sols:
        r = Req(req.form)
        r_rows = {}
        keys = ["new", "carry", "disclosed", "partial"] + [f"{g}.{s}" for g, _, subs in GROUPS for s, _ in subs]
        keys += [f"other.{s}" for s, _ in OTHER_2021] if req.form == "2021" else ["other"]
        for key, vals in zip(keys, combo[:n_tot]):
            r_rows[key] = vals[:6]
        r_rows["forward"] = combo[-1][:6]
        r.rows = r_rows
        golds.append(r.gold())
    s4 = "".join(str(x) for x in cases.cells())
    four = []
    for t in _splits(s4, 15):
        if all(sum(t[i:i + 4]) == t[i + 4] for i in (0, 5, 10)):
            four.append(Cases(t[0:4], t[5:9], t[10:14]).gold())
    assert labels and golds and four
    out: dict[str, int] = {}
    amb: dict[str, list[int]] = {}
    for group in (golds, four):
        for k in group[0]:
            vals = sorted({g[k] for g in group})
            if len(vals) == 1:
                out[k] = vals[0]
            else:
                amb[k] = vals
    return out, amb
