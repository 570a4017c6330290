"""Statistics tables as grids of numbers, rendered in the layouts scrapers leave behind.

Why: the gold of a table report must come from the same numbers the text shows. Each report's table
is held here as a grid; the renderers turn it into text (pipe / TAB / one cell per line / glued /
flattened / HTML ...) and :func:`form_gold` derives the table facts from the grid, so text and gold
cannot drift. Everything here is invented for devset2; the row and column labels are the national
form's own wording (common property).
"""
from __future__ import annotations


from dataclasses import dataclass, field

# ---------------------------------------------------------------- national form (2019 / 2021)

COLS = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]

WITHHELD = [("state_secret", "1.属于国家秘密"), ("prohibited_by_law", "2.其他法律行政法规禁止公开"),
            ("three_safety", "3.危及“三安全一稳定”"), ("third_party", "4.保护第三方合法权益"),
            ("internal_affairs", "5.属于三类内部事务信息"), ("process_info", "6.属于四类过程性信息"),
            ("enforcement_file", "7.属于行政执法案卷"), ("admin_query", "8.属于行政查询事项")]
UNAVAILABLE = [("not_held", "1.本机关不掌握相关政府信息"), ("needs_creation", "2.没有现成信息需要另行制作"),
               ("unclear", "3.补正后申请内容仍不明确")]
NOT_PROCESSED = [("complaint", "1.信访举报投诉类申请"), ("duplicate", "2.重复申请"),
                 ("publication", "3.要求提供公开出版物"), ("mass_repeat", "4.无正当理由大量反复申请"),
                 ("confirm", "5.要求行政机关确认或重新出具已获取信息")]
OTHER2021 = [("overdue_correction", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
             ("unpaid_fee", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
             ("misc", "3.其他")]
GROUPS = [("withheld", "（三）不予公开", WITHHELD), ("unavailable", "（四）无法提供", UNAVAILABLE),
          ("not_processed", "（五）不予处理", NOT_PROCESSED)]

CASE = ["upheld", "corrected", "other", "pending", "total"]
CASE_ZH = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]


def _vec(v: int | tuple | list) -> list[int]:
    """A leaf row given as an int (all natural persons) or as the six applicant columns."""
    if isinstance(v, int):
        return [v, 0, 0, 0, 0, 0]
    out = list(v) + [0] * (6 - len(v))
    return out


@dataclass
class Form:
    """One national-form section 三 + 四 table. ``leaves`` maps leaf-row keys to applicant columns.

    ``received`` is derived per column (七 + 四 - 二) unless given, so a well-formed table balances in
    every column; ``override`` sets a printed total-column value that breaks the arithmetic on purpose.
    """

    year_form: str  # "2019" or "2021"
    leaves: dict[str, int | tuple] = field(default_factory=dict)
    carried_over: int | tuple = 0
    carried_forward: int | tuple = 0
    review: tuple = (0, 0, 0, 0)  # upheld, corrected, other, pending (total derived)
    direct: tuple = (0, 0, 0, 0)
    after: tuple = (0, 0, 0, 0)
    override: dict[str, int] = field(default_factory=dict)  # row key -> printed total-column value

    def leaf_keys(self) -> list[str]:
        keys = ["disclosed", "partial"]
        for g, _, subs in GROUPS:
            keys += [f"{g}.{k}" for k, _ in subs]
        if self.year_form == "2021":
            keys += [f"other.{k}" for k, _ in OTHER2021]
        else:
            keys.append("other")
        return keys

    def row(self, key: str) -> list[int]:
        """Seven printed cells (six applicant columns + 总计) of a data row."""
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
        v = v[:6]
        tot = self.override.get(key, sum(v))
        return v + [tot]

    def case_rows(self) -> list[int]:
        out: list[int] = []
        for four in (self.review, self.direct, self.after):
            out += list(four) + [sum(four)]
        return out


def form_gold(f: Form) -> dict[str, int]:
    """The table facts of a national form, per the guideline (总计 column, row 一 applicants, 四 block)."""
    g: dict[str, int] = {}
    r = f.row("received")
    g["requests.received"] = r[6]
    g["requests.applicant.natural_person"] = r[0]
    g["requests.applicant.organization"] = sum(r[1:6])
    g["requests.carried_over"] = f.row("carried_over")[6]
    g["requests.carried_forward"] = f.row("carried_forward")[6]
    g["requests.outcome.disclosed"] = f.row("disclosed")[6]
    g["requests.outcome.partial"] = f.row("partial")[6]
    for grp, _, subs in GROUPS:
        tot = 0
        for k, _ in subs:
            v = f.row(f"{grp}.{k}")[6]
            g[f"requests.outcome.{grp}.{k}"] = v
            tot += v
        g[f"requests.outcome.{grp}"] = tot
    if f.year_form == "2021":
        tot = 0
        for k, _ in OTHER2021:
            v = f.row(f"other.{k}")[6]
            g[f"requests.outcome.other.{k}"] = v
            tot += v
        g["requests.outcome.other"] = tot
    else:
        g["requests.outcome.other"] = f.row("other")[6]
    g["requests.outcome.total"] = f.row("total")[6]
    c = f.case_rows()
    for i, k in enumerate(CASE):
        g[f"review.{k}"] = c[i]
        g[f"litigation.direct.{k}"] = c[5 + i]
        g[f"litigation.after_review.{k}"] = c[10 + i]
        g[f"litigation.{k}"] = c[5 + i] + c[10 + i]
    return g


def form_rows(f: Form) -> list[list[str]]:
    """Section 三 as a list of rows of cell strings, rowspan labels only on their first row."""
    rows: list[list[str]] = []

    def data(labels: list[str], key: str) -> None:
        rows.append(labels + [str(x) for x in f.row(key)])

    data(["一、本年新收政府信息公开申请数量"], "received")
    data(["二、上年结转政府信息公开申请数量"], "carried_over")
    data(["三、本年度办理结果", "（一）予以公开"], "disclosed")
    data(["（二）部分公开（区分处理的，只计这一情形，不计其他情形）"], "partial")
    for grp, glabel, subs in GROUPS:
        for i, (k, lab) in enumerate(subs):
            data(([glabel] if i == 0 else []) + [lab], f"{grp}.{k}")
    if f.year_form == "2021":
        for i, (k, lab) in enumerate(OTHER2021):
            data((["（六）其他处理"] if i == 0 else []) + [lab], f"other.{k}")
    else:
        data(["（六）其他处理"], "other")
    data(["（七）总计"], "total")
    data(["四、结转下年度继续办理"], "carried_forward")
    return rows


FORM_HEAD = [["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况"],
             ["自然人", "法人或其他组织", "总计"],
             ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]]

CASE_HEAD = [["行政复议", "行政诉讼"],
             ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "复议后起诉"],
             CASE_ZH + CASE_ZH]


def check_form(f: Form) -> list[str]:
    """Arithmetic the printed table breaks (to confirm only the intended errors are there)."""
    bad = []
    t = f.row("total")
    s = [sum(f.row(k)[i] for k in f.leaf_keys()) for i in range(7)]
    if t[6] != s[6]:
        bad.append(f"(七) {t[6]} != sum {s[6]}")
    if f.row("received")[6] + f.row("carried_over")[6] != t[6] + f.row("carried_forward")[6]:
        bad.append("一+二 != 七+四")
    return bad


# ---------------------------------------------------------------- layouts

FW = str.maketrans("0123456789", "０１２３４５６７８９")


def pipe(rows: list[list[str]]) -> str:
    return "\n".join("| " + " | ".join(r) + " |" for r in rows)


def tab(rows: list[list[str]]) -> str:
    return "\n".join("\t".join(r) for r in rows)


def per_line(rows: list[list[str]]) -> str:
    return "\n".join(c for r in rows for c in r)


def glued(rows: list[list[str]]) -> str:
    return "".join(c for r in rows for c in r)


def flat(rows: list[list[str]]) -> str:
    return " ".join(c for r in rows for c in r)


def numbers_below(rows: list[list[str]]) -> str:
    """Labels on one line, the row's numbers on the next (PDF copy-paste)."""
    out = []
    for r in rows:
        labels = [c for c in r if not _isnum(c)]
        nums = [c for c in r if _isnum(c)]
        if labels:
            out.append("".join(labels))
        if nums:
            out.append(" ".join(nums))
    return "\n".join(out)


def _isnum(c: str) -> bool:
    return c.strip().translate(str.maketrans("０１２３４５６７８９", "0123456789")).replace(".", "", 1).isdigit() \
        or c in {"-", "—", "/", "－"}


def zeros(rows: list[list[str]], mark: str) -> list[list[str]]:
    """Zero cells printed as ``mark`` ('' for blank)."""
    return [[(mark if c == "0" else c) for c in r] for r in rows]


def drop_blank(rows: list[list[str]]) -> list[list[str]]:
    return [[c for c in r if c != ""] for r in rows]


def fullwidth(rows: list[list[str]]) -> list[list[str]]:
    return [[c.translate(FW) if _isnum(c) else c for c in r] for r in rows]


def case_flat_rows() -> list[list[str]]:
    return [r[:] for r in CASE_HEAD]


# ---------------------------------------------------------------- run-together digits

def splits(digits: str, n: int) -> list[list[int]]:
    """Every way to cut ``digits`` into ``n`` numbers without leading zeros."""
    out: list[list[int]] = []

    def rec(i: int, acc: list[int]) -> None:
        if len(acc) == n:
            if i == len(digits):
                out.append(acc[:])
            return
        for j in range(i + 1, len(digits) + 1):
            piece = digits[i:j]
            if len(piece) > 1 and piece[0] == "0":
                break
            acc.append(int(piece))
            rec(j, acc)
            acc.pop()

    rec(0, [])
    return out


def row_readings(digits: str) -> list[list[int]]:
    """Readings of a glued seven-cell row whose last cell is the sum of the other six."""
    return [s for s in splits(digits, 7) if s[6] == sum(s[:6])]


def case_readings(digits: str) -> list[list[int]]:
    """Readings of the glued fifteen-cell 复议/诉讼 row (each fifth cell = sum of the four before)."""
    return [s for s in splits(digits, 15)
            if all(s[k + 4] == sum(s[k:k + 4]) for k in (0, 5, 10))]


# ---------------------------------------------------------------- HTML

def html_form(f: Form, zero: str = "0") -> str:
    """Section 三 and 四 as portal HTML tables with merged header and label cells."""
    z = lambda v: zero if v == 0 else str(v)  # noqa: E731
    h = ['<table border="1" cellspacing="0">',
         '<tr><td colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td>'
         '<td colspan="7">申请人情况</td></tr>',
         '<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>',
         '<tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>']

    def tr(label_cells: str, key: str) -> None:
        h.append("<tr>" + label_cells + "".join(f"<td>{z(v)}</td>" for v in f.row(key)) + "</tr>")

    tr('<td colspan="3">一、本年新收政府信息公开申请数量</td>', "received")
    tr('<td colspan="3">二、上年结转政府信息公开申请数量</td>', "carried_over")
    n_rows = 2 + sum(len(s) for _, _, s in GROUPS) + (3 if f.year_form == "2021" else 1) + 1
    tr(f'<td rowspan="{n_rows}">三、本年度办理结果</td><td colspan="2">（一）予以公开</td>', "disclosed")
    tr('<td colspan="2">（二）部分公开（区分处理的，只计这一情形，不计其他情形）</td>', "partial")
    for grp, glabel, subs in GROUPS:
        for i, (k, lab) in enumerate(subs):
            first = f'<td rowspan="{len(subs)}">{glabel}</td>' if i == 0 else ""
            tr(first + f"<td>{lab}</td>", f"{grp}.{k}")
    if f.year_form == "2021":
        for i, (k, lab) in enumerate(OTHER2021):
            first = '<td rowspan="3">（六）其他处理</td>' if i == 0 else ""
            tr(first + f"<td>{lab}</td>", f"other.{k}")
    else:
        tr('<td colspan="2">（六）其他处理</td>', "other")
    tr('<td colspan="2">（七）总计</td>', "total")
    tr('<td colspan="3">四、结转下年度继续办理</td>', "carried_forward")
    h.append("</table>")
    c = f.case_rows()
    h += ['<table border="1" cellspacing="0">',
          '<tr><td colspan="5" rowspan="2">行政复议</td><td colspan="10">行政诉讼</td></tr>',
          '<tr><td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>',
          "<tr>" + "".join(f"<td>{x}</td>" for x in CASE_ZH * 3) + "</tr>",
          "<tr>" + "".join(f"<td>{z(v)}</td>" for v in c) + "</tr>",
          "</table>"]
    return "\n".join(h)


def html_page(title: str, body: str, date_line: str = "") -> str:
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + title + "</title>\n"
            "<style>td{border:1px solid #999;padding:2px}</style></head>\n<body>\n"
            '<div class="nav">首页 &gt; 政务公开 &gt; 政府信息公开年报</div>\n'
            f'<div class="article"><h1>{title}</h1>\n'
            + (f'<div class="info">{date_line}</div>\n' if date_line else "")
            + body + "\n</div>\n<div class=\"foot\">主办单位：本站　网站标识码：0000000000　打印本页　关闭窗口</div>\n"
            "</body></html>\n")


def paras(*ps: str) -> str:
    return "".join(f"<p>{p}</p>\n" for p in ps)



