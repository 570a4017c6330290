"""The national statistics forms (2019 / 2021) and old statistics tables, rendered the ways scrapers mangle them,
with the fact-level gold worked out from the cells (and, where the rendering loses cell boundaries, from every
split the table's arithmetic allows).

Part of the held-out set's builder. It is NOT a data generator for training or tuning: everything it writes is
locked (see heldout/README.md).
"""
from __future__ import annotations

import itertools
import random
from dataclasses import dataclass, field
from typing import Iterable

COLS = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]

WITHHELD = [("1.属于国家秘密", "state_secret"), ("2.其他法律行政法规禁止公开", "prohibited_by_law"),
            ("3.危及“三安全一稳定”", "three_safety"), ("4.保护第三方合法权益", "third_party"),
            ("5.属于三类内部事务信息", "internal_affairs"), ("6.属于四类过程性信息", "process_info"),
            ("7.属于行政执法案卷", "enforcement_file"), ("8.属于行政查询事项", "admin_query")]
UNAVAIL = [("1.本机关不掌握相关政府信息", "not_held"), ("2.没有现成信息需要另行制作", "needs_creation"),
           ("3.补正后申请内容仍不明确", "unclear")]
NOTPROC = [("1.信访举报投诉类申请", "complaint"), ("2.重复申请", "duplicate"), ("3.要求提供公开出版物", "publication"),
           ("4.无正当理由大量反复申请", "mass_repeat"), ("5.要求行政机关确认或重新出具已获取信息", "confirm")]
OTHER21 = [("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "overdue_correction"),
           ("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "unpaid_fee"),
           ("3.其他", "misc")]

Vec = tuple  # 7 ints: natural person, five organisation columns, total


def vec(np: int = 0, org: Iterable[int] = (0, 0, 0, 0, 0)) -> Vec:
    org = list(org) + [0] * (5 - len(list(org)))
    return tuple([np] + org + [np + sum(org)])


@dataclass
class Form:
    """Table 三 and table 四 of the national form, by cells. Outcome rows default to zero."""
    template: str  # "2019" | "2021"
    new: Vec
    carry: Vec = vec()
    rows: dict = field(default_factory=dict)  # row key -> Vec; keys: disclosed partial w.<k> u.<k> n.<k> other | o.<k>
    review: tuple = (0, 0, 0, 0)  # upheld corrected other pending
    direct: tuple = (0, 0, 0, 0)
    after: tuple = (0, 0, 0, 0)

    def row_list(self) -> list[tuple[list[str], str]]:
        """(label cells, row key) in form order; the first sub-row of a group carries the group's label."""
        out: list[tuple[list[str], str]] = [(["一、本年新收政府信息公开申请数量"], "new"),
                                            (["二、上年结转政府信息公开申请数量"], "carry"),
                                            (["三、本年度办理结果", "（一）予以公开"], "disclosed"),
                                            (["（二）部分公开（区分处理的，只计这一情形，不计其他情形）"], "partial")]
        for group, subs, prefix in (("（三）不予公开", WITHHELD, "w"), ("（四）无法提供", UNAVAIL, "u"),
                                    ("（五）不予处理", NOTPROC, "n")):
            for i, (lab, k) in enumerate(subs):
                out.append(([group, lab] if i == 0 else [lab], f"{prefix}.{k}"))
        if self.template == "2021":
            for i, (lab, k) in enumerate(OTHER21):
                out.append((["（六）其他处理", lab] if i == 0 else [lab], f"o.{k}"))
        else:
            out.append((["（六）其他处理"], "other"))
        out.append((["（七）总计"], "total"))
        out.append((["四、结转下年度继续办理"], "fwd"))
        return out

    def cells(self) -> dict[str, Vec]:
        """Every row's 7 cells, with 总计 and 结转下年度 computed (and checked non-negative)."""
        c: dict[str, Vec] = {"new": self.new, "carry": self.carry}
        keys = [k for _, k in self.row_list() if k not in ("new", "carry", "total", "fwd")]
        for k in self.rows:
            assert k in keys, k
        for k in keys:
            c[k] = tuple(self.rows.get(k, vec()))
            assert c[k][6] == sum(c[k][:6]), k
        total = tuple(sum(c[k][i] for k in keys) for i in range(7))
        fwd = tuple(self.new[i] + self.carry[i] - total[i] for i in range(7))
        assert all(x >= 0 for x in fwd), ("more answered than received", fwd)
        c["total"], c["fwd"] = total, fwd
        return c

    def case_cells(self) -> list[int]:
        r, d, a = (list(x) + [sum(x)] for x in (self.review, self.direct, self.after))
        return r + d + a


def table_gold(cells: dict[str, Vec], template: str, case: list[int] | None,
               rows_present: set[str] | None = None, case_present: bool = True) -> dict[str, int]:
    """Gold table facts from cells; ``rows_present`` limits to rows the text holds complete (a table cut off)."""
    have = (lambda k: True) if rows_present is None else (lambda k: k in rows_present)
    g: dict[str, int] = {}
    if have("new"):
        g["requests.received"] = cells["new"][6]
        g["requests.applicant.natural_person"] = cells["new"][0]
        g["requests.applicant.organization"] = sum(cells["new"][1:6])
    if have("carry"):
        g["requests.carried_over"] = cells["carry"][6]
    simple = {"disclosed": "requests.outcome.disclosed", "partial": "requests.outcome.partial",
              "total": "requests.outcome.total", "fwd": "requests.carried_forward"}
    for k, f in simple.items():
        if have(k):
            g[f] = cells[k][6]
    groups = [("w", WITHHELD, "withheld"), ("u", UNAVAIL, "unavailable"), ("n", NOTPROC, "not_processed")]
    if template == "2021":
        groups.append(("o", OTHER21, "other"))
    elif have("other"):
        g["requests.outcome.other"] = cells["other"][6]
    for prefix, subs, name in groups:
        complete = True
        for _, k in subs:
            if have(f"{prefix}.{k}"):
                g[f"requests.outcome.{name}.{k}"] = cells[f"{prefix}.{k}"][6]
            else:
                complete = False
        if complete:
            g[f"requests.outcome.{name}"] = sum(cells[f"{prefix}.{k}"][6] for _, k in subs)
    if case is not None and case_present:
        names = ["upheld", "corrected", "other", "pending", "total"]
        for i, n in enumerate(names):
            g[f"review.{n}"] = case[i]
            g[f"litigation.direct.{n}"] = case[5 + i]
            g[f"litigation.after_review.{n}"] = case[10 + i]
            g[f"litigation.{n}"] = case[5 + i] + case[10 + i]
    return g


# --- rendering ---------------------------------------------------------------------------------------------

def _fmt(v: int, blank_zero: bool) -> str:
    return "" if (blank_zero and v == 0) else str(v)


def _space_some(cells: list[str], rng: random.Random, p: float) -> str:
    """Cells joined, a space at some boundaries only (the whitespace marks some cell boundaries, not all)."""
    out = cells[0]
    for c in cells[1:]:
        out += (" " if rng.random() < p else "") + c
    return out


def render_form(form: Form, mode: str, rng: random.Random, *, cut_after: str | None = None,
                heading3: str = "三、收到和处理政府信息公开申请情况",
                heading4: str | None = "四、政府信息公开行政复议、行政诉讼情况",
                case_mode: str | None = None, note_line: bool = True) -> tuple[str, dict]:
    """Table 三 (and 四 unless ``heading4`` is None) as text; returns (text, info for the gold).

    modes: pipe, tab, cellline, glued (zeros written, cells run together), spaced (some boundaries marked by a
    space), dropped_tab (empty cells left out, TAB between the rest), dropped_glued (empty cells left out, run
    together), html.
    ``cut_after``: the table text ends after this row key (a page or excerpt cut off; table 四 is then absent).
    """
    cells = form.cells()
    case = form.case_cells()
    case_mode = case_mode or mode
    blank = mode.startswith("dropped") or mode == "html_blank"
    lines: list[str] = [heading3]
    if note_line and mode not in ("html", "html_blank"):
        lines.append("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）")
    present: list[str] = []
    rendered_rows: dict[str, str] = {}
    if mode in ("html", "html_blank"):
        return _render_html(form, cells, case, heading3, heading4, blank_total=(mode == "html_blank"), rng=rng)
    # header
    if mode == "pipe":
        lines += ["| 申请人情况 | | 自然人 | 法人或其他组织 | | | | | 总计 |",
                  "| | | | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | |"]
    elif mode in ("tab", "dropped_tab"):
        lines += ["申请人情况\t自然人\t法人或其他组织\t总计", "\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他"]
    elif mode == "cellline":
        lines += ["申请人情况", "自然人", "法人或其他组织", "总计", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]
    else:
        lines += ["申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他"]
    for labels, key in form.row_list():
        vals = [_fmt(v, blank) for v in cells[key]]
        if mode == "pipe":
            lab = labels if len(labels) == 2 else ([""] + labels if key not in ("new", "carry", "fwd") else labels + [""])
            line = "| " + " | ".join(lab + vals) + " |"
        elif mode == "tab":
            line = "\t".join(labels + vals)
        elif mode == "dropped_tab":
            line = "\t".join(labels + [v for v in vals if v])
        elif mode == "cellline":
            line = "\n".join(labels + vals)
        elif mode == "glued":
            line = "".join(labels) + "".join(vals)
        elif mode == "spaced":
            line = "".join(labels) + _space_some(vals, rng, 0.35)
        elif mode == "dropped_glued":
            line = "".join(labels) + "".join(v for v in vals if v)
        else:
            raise ValueError(mode)
        if mode in ("glued", "spaced", "dropped_glued"):
            rendered_rows[key] = line[len("".join(labels)):]
        elif mode == "dropped_tab":
            rendered_rows[key] = "\t".join(v for v in vals if v)
        lines.append(line)
        present.append(key)
        if cut_after == key:
            break
    info = {"cells": cells, "case": case, "mode": mode, "rows_present": set(present),
            "rendered": rendered_rows, "case_present": False}
    if cut_after is None and heading4 is not None:
        lines.append(heading4)
        lines += _render_case(case, case_mode, rng, info)
        info["case_present"] = True
    return "\n".join(lines), info


def _render_case(case: list[int], mode: str, rng: random.Random, info: dict) -> list[str]:
    blank = mode.startswith("dropped")
    res = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    vals = [_fmt(v, blank) for v in case]
    info["case_mode"] = mode
    if mode == "pipe":  # transposed, one cell per row (as mobile page layouts print table 四)
        out = ["| 类别 | | 结果 | 件数 |"]
        for b, (block, sub) in enumerate((("行政复议", ""), ("行政诉讼", "未经复议直接起诉"), ("行政诉讼", "复议后起诉"))):
            for i, r in enumerate(res):
                out.append(f"| {block if i == 0 else ''} | {sub if i == 0 else ''} | {r} | {vals[5 * b + i]} |")
        return out
    if mode in ("tab", "dropped_tab"):
        row = "\t".join(vals) if mode == "tab" else "\t".join(v for v in vals if v)
        info["case_rendered"] = row
        return ["行政复议\t行政诉讼", "\t未经复议直接起诉\t复议后起诉", "\t".join(res * 3), row]
    if mode == "cellline":
        return ["行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉"] + res * 3 + vals
    head = "行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉" + "".join(res * 2)
    if mode == "glued":
        row = "".join(vals)
    elif mode == "spaced":
        row = _space_some(vals, rng, 0.3)
    elif mode == "dropped_glued":
        row = "".join(v for v in vals if v)
    else:
        raise ValueError(mode)
    info["case_rendered"] = row
    return [head + row]


def _render_html(form: Form, cells: dict, case: list[int], heading3: str, heading4: str | None,
                 blank_total: bool, rng: random.Random) -> tuple[str, dict]:
    def td(x, **a):
        attrs = "".join(f' {k}="{v}"' for k, v in a.items())
        return f"<td{attrs}>{x}</td>"

    rows = ["<tr>" + td("申请人情况", colspan=3, rowspan=2) + td("自然人", rowspan=2) + td("法人或其他组织", colspan=5)
            + td("总计", rowspan=2) + "</tr>",
            "<tr>" + "".join(td(c) for c in COLS[1:6]) + "</tr>"]
    groups = {"w": ("（三）不予公开", len(WITHHELD)), "u": ("（四）无法提供", len(UNAVAIL)), "n": ("（五）不予处理", len(NOTPROC)),
              "o": ("（六）其他处理", len(OTHER21))}
    n_result_rows = sum(1 for _, k in form.row_list() if k not in ("new", "carry", "fwd"))
    for labels, key in form.row_list():
        v = list(cells[key])
        total_cell = "" if blank_total else str(v[6])
        vals = "".join(td(x) for x in v[:6]) + td(total_cell)
        if key in ("new", "carry", "fwd"):
            rows.append("<tr>" + td(labels[0], colspan=3) + vals + "</tr>")
            continue
        lead = ""
        if key == "disclosed":
            lead += td("三、本年度办理结果", rowspan=n_result_rows)
        prefix = key.split(".")[0] if "." in key else None
        if prefix in groups and len(labels) == 2:
            lead += td(groups[prefix][0], rowspan=groups[prefix][1]) + td(labels[1])
        elif prefix in groups:
            lead += td(labels[0])
        else:
            lead += td(labels[-1], colspan=2)
        rows.append("<tr>" + lead + vals + "</tr>")
    html = f"<p>{heading3}</p>\n<table border=\"1\">\n" + "\n".join(rows) + "\n</table>\n"
    info = {"cells": cells, "case": case, "mode": "html", "rows_present": None, "case_present": heading4 is not None,
            "blank_total": blank_total}
    if heading4 is not None:
        res = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
        crow = [
            "<tr>" + td("行政复议", colspan=5) + td("行政诉讼", colspan=10) + "</tr>",
            "<tr>" + "".join(td(r, rowspan=2) for r in res) + td("未经复议直接起诉", colspan=5) + td("复议后起诉", colspan=5) + "</tr>",
            "<tr>" + "".join(td(r) for r in res * 2) + "</tr>",
            "<tr>" + "".join(td(x) for x in case) + "</tr>"]
        html += f"<p>{heading4}</p>\n<table border=\"1\">\n" + "\n".join(crow) + "\n</table>\n"
    return html, info


# --- solving the run-together renderings -------------------------------------------------------------------

def _splits(s: str, k: int, allow_zero: bool) -> Iterable[list[int]]:
    """Every way to cut the digit string ``s`` into ``k`` numbers (no leading zeros; ``0`` only if allowed)."""
    if k == 0:
        if s == "":
            yield []
        return
    for i in range(1, len(s) - k + 2):
        head = s[:i]
        if len(head) > 1 and head[0] == "0":
            break
        if head == "0" and not allow_zero:
            continue
        for rest in _splits(s[i:], k - 1, allow_zero):
            yield [int(head)] + rest


def row_candidates(rendered: str, mode: str, width: int, sums: list[tuple[list[int], int]]) -> set[tuple]:
    """Every vector of ``width`` cells that renders to ``rendered`` under ``mode`` and satisfies the sums
    (each ``(parts, whole)``: the cells at ``parts`` add up to the cell at ``whole``)."""
    def ok(v):
        return all(sum(v[i] for i in parts) == v[w] for parts, w in sums)

    out: set[tuple] = set()
    s = rendered.strip()
    if mode == "glued":
        for v in _splits(s, width, True):
            if ok(v):
                out.add(tuple(v))
    elif mode == "spaced":
        toks = s.split()
        for ks in itertools.product(*[range(1, len(t) + 1) for t in toks]):
            if sum(ks) != width:
                continue
            for parts in itertools.product(*[list(_splits(t, k, True)) for t, k in zip(toks, ks)]):
                v = [x for p in parts for x in p]
                if ok(v):
                    out.add(tuple(v))
    elif mode in ("dropped_glued", "dropped_tab"):
        if s == "":
            return {tuple([0] * width)}
        if mode == "dropped_tab":
            seqs = [[int(t) for t in s.split("\t")]]
        else:
            seqs = [p for k in range(1, min(width, len(s)) + 1) for p in _splits(s, k, False)]
        for seq in seqs:
            for pos in itertools.combinations(range(width), len(seq)):
                v = [0] * width
                for p, x in zip(pos, seq):
                    v[p] = x
                if ok(v):
                    out.add(tuple(v))
    else:
        raise ValueError(mode)
    return out


ROW_SUM = [(list(range(6)), 6)]
CASE_SUMS = [([0, 1, 2, 3], 4), ([5, 6, 7, 8], 9), ([10, 11, 12, 13], 14)]


def solve_gold(form: Form, info: dict) -> tuple[dict, dict]:
    """(table gold, table_ambiguous) for a rendered form: cells read exactly where the rendering keeps them,
    every split the arithmetic allows where it does not."""
    mode = info["mode"]
    cells, case = info["cells"], info["case"]
    rows_present = info["rows_present"]
    if mode in ("pipe", "tab", "cellline", "html"):
        return table_gold(cells, form.template, case if info["case_present"] else None, rows_present), {}
    # collapse organisation columns: (natural person, organisations, total)
    keys = [k for _, k in form.row_list() if rows_present is None or k in rows_present]
    cand: dict[str, list[tuple]] = {}
    for k in keys:
        full = row_candidates(info["rendered"][k], mode, 7, ROW_SUM)
        assert tuple(cells[k]) in full, (k, info["rendered"][k], full)
        cand[k] = sorted({(v[0], sum(v[1:6]), v[6]) for v in full})
    order = sorted(keys, key=lambda k: len(cand[k]))
    outcome_keys = [k for k in keys if k not in ("new", "carry", "total", "fwd")]
    complete = len(keys) == len(form.row_list())  # the column identities need every row
    sols: list[dict] = []
    n_combos = 1
    for k in order:
        n_combos *= len(cand[k])
    assert n_combos <= 2_000_000, n_combos
    for combo in itertools.product(*[cand[k] for k in order]):
        a = dict(zip(order, combo))
        if complete:
            good = True
            for c in range(3):
                if a["new"][c] + a["carry"][c] != a["total"][c] + a["fwd"][c] or \
                        a["total"][c] != sum(a[k][c] for k in outcome_keys):
                    good = False
                    break
            if not good:
                continue
        sols.append(a)
    assert sols
    gold_sets: dict[str, set] = {}
    for a in sols:
        full = {k: (a[k][0], a[k][1], 0, 0, 0, 0, a[k][2]) for k in keys}
        g = table_gold(full, form.template, None, set(keys))
        for f, v in g.items():
            gold_sets.setdefault(f, set()).add(v)
    if info["case_present"]:
        cm = info.get("case_mode", mode)
        if cm in ("pipe", "tab", "cellline"):
            cc = {tuple(case)}
        else:
            cc = row_candidates(info["case_rendered"], cm, 15, CASE_SUMS)
        assert tuple(case) in cc
        for v in cc:
            g = table_gold({}, form.template, list(v), set())
            for f, x in g.items():
                gold_sets.setdefault(f, set()).add(x)
    gold = {f: next(iter(s)) for f, s in gold_sets.items() if len(s) == 1}
    amb = {f: sorted(s) for f, s in gold_sets.items() if len(s) > 1}
    return gold, amb


# --- old statistics tables (统计表 / 附表) -------------------------------------------------------------------

@dataclass
class OldRow:
    label: str
    unit: str
    value: int | float | None  # this year (None: the row is a heading without a cell)
    key: str | None = None  # field the 本年度 value maps to (None: not a field, or combined)
    cumulative: int | float | None = None


def render_old(rows: list[OldRow], mode: str, header: list[str]) -> str:
    """An old statistics table: modes tab, pipe, cellline, spaced (one line per row, cells separated by a
    space), glued (label, unit and value run together), html."""
    def num(x):
        if x is None:
            return ""
        return f"{x:g}" if isinstance(x, float) else str(x)

    lines = []
    if mode == "html":
        out = ["<table border=\"1\">", "<tr>" + "".join(f"<td>{h}</td>" for h in header) + "</tr>"]
        for r in rows:
            cells = [r.label, r.unit, num(r.value)] + ([num(r.cumulative)] if len(header) > 3 else [])
            if r.value is None and r.unit == "":
                out.append(f"<tr><td colspan=\"{len(header)}\">{r.label}</td></tr>")
            else:
                out.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
        out.append("</table>")
        return "\n".join(out)
    sep = {"tab": "\t", "pipe": " | ", "spaced": " ", "glued": "", "cellline": "\n"}[mode]
    lines.append(sep.join(header) if mode != "pipe" else "| " + " | ".join(header) + " |")
    for r in rows:
        cells = [r.label, r.unit, num(r.value)] + ([num(r.cumulative)] if len(header) > 3 else [])
        cells = [c for c in cells if c != ""] if mode in ("glued", "spaced", "cellline") else cells
        lines.append(sep.join(cells) if mode != "pipe" else "| " + " | ".join(cells) + " |")
    return ("" if mode == "glued" else "\n").join(lines) if mode == "glued" else "\n".join(lines)


def old_gold(rows: list[OldRow]) -> dict:
    g = {}
    for r in rows:
        if r.key and r.value is not None:
            v = r.value * 10000 if r.unit == "万元" else r.value
            v = int(round(v)) if abs(v - round(v)) < 1e-9 else v
            assert r.key not in g, r.key
            g[r.key] = v
    return g
