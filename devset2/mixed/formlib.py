"""The national form's section 三 / 四 grid, rendered in scraped layouts, with the gold read off the same grid.

Why: table gold must come from the grid that is printed, never typed twice. Row and column labels are the
form's standard wording (common property); every number is invented.
"""
from __future__ import annotations

from dataclasses import dataclass, field

ORG = ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]
WITHHELD = [("state_secret", "1.属于国家秘密"), ("prohibited_by_law", "2.其他法律行政法规禁止公开"),
            ("three_safety", "3.危及“三安全一稳定”"), ("third_party", "4.保护第三方合法权益"),
            ("internal_affairs", "5.属于三类内部事务信息"), ("process_info", "6.属于四类过程性信息"),
            ("enforcement_file", "7.属于行政执法案卷"), ("admin_query", "8.属于行政查询事项")]
UNAVAILABLE = [("not_held", "1.本机关不掌握相关政府信息"), ("needs_creation", "2.没有现成信息需要另行制作"),
               ("unclear", "3.补正后申请内容仍不明确")]
NOT_PROCESSED = [("complaint", "1.信访举报投诉类申请"), ("duplicate", "2.重复申请"),
                 ("publication", "3.要求提供公开出版物"), ("mass_repeat", "4.无正当理由大量反复申请"),
                 ("confirm", "5.要求行政机关确认或重新出具已获取信息")]
OTHER21 = [("overdue_correction", "1.申请人无正当理由逾期不补正、行政机关不再处理其申请"),
           ("unpaid_fee", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其申请"), ("misc", "3.其他")]
GROUPS = [("withheld", "（三）不予公开", WITHHELD), ("unavailable", "（四）无法提供", UNAVAILABLE),
          ("not_processed", "（五）不予处理", NOT_PROCESSED)]
CASE = ["upheld", "corrected", "other", "pending", "total"]
CASE_ZH = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]


def _vec(x: int | tuple[int, ...]) -> list[int]:
    """An int is all natural person; a tuple gives (自然人, 商业企业, 科研, 公益, 法律服务, 其他)."""
    v = [x] if isinstance(x, int) else list(x)
    return (v + [0] * 6)[:6]


@dataclass
class Form:
    """One report's table 三 and 四: leaves by row key; 一 and (七) are computed so the arithmetic holds."""

    form: str  # "2019" | "2021"
    leaves: dict[str, int | tuple[int, ...]] = field(default_factory=dict)
    carried_over: int | tuple[int, ...] = 0
    carried_forward: int | tuple[int, ...] = 0
    review: tuple[int, int, int, int] = (0, 0, 0, 0)
    direct: tuple[int, int, int, int] = (0, 0, 0, 0)
    after: tuple[int, int, int, int] = (0, 0, 0, 0)

    def leaf_keys(self) -> list[str]:
        keys = ["disclosed", "partial"] + [f"{g}.{k}" for g, _, s in GROUPS for k, _ in s]
        return keys + ([f"other.{k}" for k, _ in OTHER21] if self.form == "2021" else ["other"])

    def row(self, key: str) -> list[int]:
        if key == "carried_over":
            v = _vec(self.carried_over)
        elif key == "carried_forward":
            v = _vec(self.carried_forward)
        elif key == "total":
            v = [sum(self.row(k)[i] for k in self.leaf_keys()) for i in range(6)]
        elif key == "received":
            t, cf, co = self.row("total"), _vec(self.carried_forward), _vec(self.carried_over)
            v = [t[i] + cf[i] - co[i] for i in range(6)]
        else:
            v = _vec(self.leaves.get(key, 0))
        return v[:6] + [sum(v[:6])]

    def cases(self) -> list[int]:
        out: list[int] = []
        for four in (self.review, self.direct, self.after):
            out += list(four) + [sum(four)]
        return out

    def gold(self) -> dict[str, int]:
        g: dict[str, int] = {}
        r = self.row("received")
        g["requests.received"] = r[6]
        g["requests.applicant.natural_person"] = r[0]
        g["requests.applicant.organization"] = sum(r[1:6])
        g["requests.carried_over"] = self.row("carried_over")[6]
        g["requests.carried_forward"] = self.row("carried_forward")[6]
        g["requests.outcome.disclosed"] = self.row("disclosed")[6]
        g["requests.outcome.partial"] = self.row("partial")[6]
        groups = [(g_, s) for g_, _, s in GROUPS] + ([("other", OTHER21)] if self.form == "2021" else [])
        for grp, subs in groups:
            tot = 0
            for k, _ in subs:
                g[f"requests.outcome.{grp}.{k}"] = self.row(f"{grp}.{k}")[6]
                tot += self.row(f"{grp}.{k}")[6]
            g[f"requests.outcome.{grp}"] = tot
        if self.form == "2019":
            g["requests.outcome.other"] = self.row("other")[6]
        g["requests.outcome.total"] = self.row("total")[6]
        c = self.cases()
        for i, k in enumerate(CASE):
            g[f"review.{k}"] = c[i]
            g[f"litigation.direct.{k}"] = c[5 + i]
            g[f"litigation.after_review.{k}"] = c[10 + i]
            g[f"litigation.{k}"] = c[5 + i] + c[10 + i]
        return g

    def rows(self) -> list[list[str]]:
        """Section 三 as rows of cells (rowspan labels only on their first row), header first."""
        out = [["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况"],
               ["自然人", "法人或其他组织", "总计"], ORG[:]]

        def d(labels: list[str], key: str) -> None:
            out.append(labels + [str(x) for x in self.row(key)])

        d(["一、本年新收政府信息公开申请数量"], "received")
        d(["二、上年结转政府信息公开申请数量"], "carried_over")
        d(["三、本年度办理结果", "（一）予以公开"], "disclosed")
        d(["（二）部分公开（区分处理的，只计这一情形，不计其他情形）"], "partial")
        for grp, glab, subs in GROUPS:
            for i, (k, lab) in enumerate(subs):
                d(([glab] if i == 0 else []) + [lab], f"{grp}.{k}")
        if self.form == "2021":
            for i, (k, lab) in enumerate(OTHER21):
                d((["（六）其他处理"] if i == 0 else []) + [lab], f"other.{k}")
        else:
            d(["（六）其他处理"], "other")
        d(["（七）总计"], "total")
        d(["四、结转下年度继续办理"], "carried_forward")
        return out

    def case_rows(self) -> list[list[str]]:
        return [["行政复议", "行政诉讼"], CASE_ZH + ["未经复议直接起诉", "复议后起诉"], CASE_ZH + CASE_ZH,
                [str(x) for x in self.cases()]]


def pipe(rows: list[list[str]]) -> str:
    return "\n".join("| " + " | ".join(r) + " |" for r in rows)


def tab(rows: list[list[str]]) -> str:
    return "\n".join("\t".join(r) for r in rows)


def per_line(rows: list[list[str]]) -> str:
    return "\n".join(c for r in rows for c in r)


def label_glued(rows: list[list[str]]) -> str:
    """Labels run into the first number; numbers keep one space between them (a common copy-paste)."""
    out = []
    for r in rows:
        labs = "".join(c for c in r if not c.isdigit())
        nums = " ".join(c for c in r if c.isdigit())
        out.append(labs + nums)
    return "\n".join(out)


def numbers_below(rows: list[list[str]]) -> str:
    out = []
    for r in rows:
        labs = "".join(c for c in r if not c.isdigit())
        nums = " ".join(c for c in r if c.isdigit())
        out += [x for x in (labs, nums) if x]
    return "\n".join(out)


def zero_as(rows: list[list[str]], mark: str) -> list[list[str]]:
    return [[mark if c == "0" else c for c in r] for r in rows]


def sec2_rows(regs: tuple[int, int, int], permits: int, penalties: int, coercion: int,
              fee_wan: str) -> list[list[str]]:
    """Section 二 (主动公开) of the form, invented numbers; not a scored table (第二十条第（八）项 is not fees)."""
    a, b, c = regs
    return [["第二十条第（一）项"], ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
            ["规章", "0", "0", "0"], ["行政规范性文件", str(a), str(b), str(c)],
            ["第二十条第（五）项"], ["信息内容", "本年处理决定数量"], ["行政许可", str(permits)],
            ["第二十条第（六）项"], ["信息内容", "本年处理决定数量"], ["行政处罚", str(penalties)],
            ["行政强制", str(coercion)],
            ["第二十条第（八）项"], ["信息内容", "本年收费金额（单位：万元）"], ["行政事业性收费", fee_wan]]
