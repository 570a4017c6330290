"""Issue 11: tables as flattening scrapers leave them, on self-written variants (invented numbers).

Every class gives the right cells or an explicit ambiguity, never a shifted value: cells run together
or separated only in places; empty cells dropped instead of written as 0 (in every layout); tables cut
off; a 总计 column left blank; reworded / merged / missing headings; the pre-2019 统计表; regions that
cover only the table when the whole report is one line.
"""
from __future__ import annotations

import re

import pytest

from infer.tables import parse_tables
from infer.tables.cells import cell_value
from infer.tables.runs import block_identities, readings, row_identities
from infer.tables.cells import tokenize
from infer.tables.solve import solve
from infer.tables.templates import REQUEST_COLUMNS
from tests.fixtures.tables import dropped as D
from tests.fixtures.tables import forms

SEPARATORS = {"glued": "", "space": " ", "pipe": "|", "tab": "\t", "lines": "\n"}


def assert_spans(text, res):
    """Every fact points at its number (a blank cell proven 0 at an empty span)."""
    for f in res.facts:
        parts = [res.cells[p] for p in res.derived.get(f.field, [])]
        if parts:
            assert sum(c.value for c in parts) == f.value
        cells = parts or [next(c for c in res.cells.values() if (c.start, c.end) == (f.start, f.end))]
        for c in cells:
            if c.start == c.end and c.value not in (0, None):  # a blank 总计 derived from its row
                others = [res.cells[(c.row, k)].value for k in ("natural_person", "commercial", "research",
                                                                 "public_interest", "legal_services", "other_org")]
                assert c.blank and c.column == "total" and sum(others) == c.value, c
            elif c.start == c.end:
                assert c.blank, c
            else:
                assert cell_value(text[c.start:c.end]) == c.value, (c, text[c.start:c.end])


# --- the pieces ---------------------------------------------------------------------------------------

def _readings(s: str, blanks: bool, n: int = 7):
    ids = row_identities(7, 6) if n == 7 else block_identities(3, 5)
    found = readings(tokenize(s, 0, len(s)), n, ids, blanks=blanks)
    return sorted(tuple(p.value for p in r) for r in found)


def test_tokens_are_runs_of_cells():
    assert _readings("230 000427", blanks=False) == [(23, 0, 0, 0, 0, 4, 27)]
    assert _readings("403 01 0145", blanks=False) == [(40, 3, 0, 1, 0, 1, 45)]
    # a separator is always a cell boundary: 2|30 would need a cut inside nothing
    assert _readings("8 1", blanks=False) == []


def test_dropped_empty_cells_give_every_placement():
    got = _readings("33", blanks=True)
    assert len(got) == 6 and all(r[-1] == 3 and sum(r[:-1]) == 3 for r in got)
    assert _readings("", blanks=True) == [(0,) * 7]
    assert _readings("35", blanks=True) == []  # no cells can make 总计 5 out of a 3


def test_case_row_blocks_each_sum():
    got = _readings("2 1 3 0 0 0 0 1 1", blanks=True, n=15)
    assert len(got) > 1  # where 行政复议's 2|1 and the lawsuits' 1|1 sit is itself ambiguous
    for r in got:
        assert all(sum(r[b * 5:b * 5 + 4]) == r[b * 5 + 4] for b in range(3))
    assert {r[4] for r in got} == {3} and {r[14] for r in got} == {1}  # the block totals are certain


def test_solver_keeps_only_combinations_where_every_identity_holds():
    rows = {"a": [{"x": 1, "y": 2}, {"x": 2, "y": 1}], "t": [{"x": 2, "y": 1}], "b": [{"x": 0, "y": 0}]}
    ids = [("x", [("a", "x"), ("b", "x")], [("t", "x")]), ("y", [("a", "y"), ("b", "y")], [("t", "y")])]
    solved = solve(rows, ids)
    assert solved is not None and solved.complete and solved.supported["a"] == [1]
    bad = {"a": [{"x": 5}], "t": [{"x": 2}, {"x": 3}]}
    solved = solve(bad, [("x", [("a", "x")], [("t", "x")])])
    assert solved is not None and not solved.complete


# --- empty cells dropped: the whole table solved ------------------------------------------------------

THREE = {  # 3 requests, all from one applicant kind; nothing else printed
    "requests.received": [3, None, None, None, None, None, 3],
    "requests.outcome.disclosed": [2, None, None, None, None, None, 2],
    "requests.outcome.unavailable.not_held": [1, None, None, None, None, None, 1],
    "requests.outcome.total": [3, None, None, None, None, None, 3],
}


@pytest.mark.parametrize("sep", ["", " "])
def test_dropped_cells_totals_read_applicant_named_ambiguous(sep):
    text = D.report(THREE, sep=sep)
    res = parse_tables(text)
    got = res.values()
    assert res.template == "2019"
    assert got["requests.received"] == 3 and got["requests.outcome.total"] == 3
    assert got["requests.outcome.disclosed"] == 2 and got["requests.outcome.unavailable.not_held"] == 1
    assert got["requests.outcome.unavailable"] == 1 and got["requests.outcome.withheld"] == 0
    assert got["requests.carried_over"] == 0 and got["requests.carried_forward"] == 0
    # which applicant column holds the 3 cannot be told: named, not guessed
    assert "requests.applicant.natural_person" not in got and "requests.applicant.organization" not in got
    amb = {a.row: a for a in res.ambiguous}
    assert len(amb["requests.received"].candidates) == 6
    assert "natural_person" in amb["requests.received"].ambiguous_columns
    assert "total" not in amb["requests.received"].ambiguous_columns
    fields = res.ambiguous_fields()
    assert set(fields) == {"requests.applicant.natural_person", "requests.applicant.organization"}
    pairs = set(zip(fields["requests.applicant.natural_person"], fields["requests.applicant.organization"]))
    assert pairs == {(3, 0), (0, 3)}  # candidates paired by position, as in the gold's table_ambiguous
    assert res.status == "partial"
    assert_spans(text, res)


MIXED = {  # the 一 row printed with its zeros, the others with their empty cells dropped
    "requests.received": [5, 0, 0, 0, 0, 1, 6],
    "requests.outcome.disclosed": [4, None, None, None, None, None, 4],
    "requests.outcome.unavailable.not_held": [1, None, None, None, None, 1, 2],
    "requests.outcome.total": [5, None, None, None, None, 1, 6],
}


@pytest.mark.parametrize("layout", sorted(SEPARATORS))
def test_dropped_cells_placed_by_the_column_sums(layout):
    sep = SEPARATORS[layout]
    text = D.report(MIXED, sep=sep, line="\n" if layout in ("pipe", "tab") else "")
    res = parse_tables(text)
    got = res.values()
    assert got["requests.applicant.natural_person"] == 5 and got["requests.applicant.organization"] == 1
    # (七) = 5 | 1 under 自然人 | 其他 forces 予以公开's 4 under 自然人 and 不掌握's 1|1 under 自然人 | 其他
    assert res.cells[("requests.outcome.disclosed", "natural_person")].value == 4
    assert res.cells[("requests.outcome.unavailable.not_held", "other_org")].value == 1
    assert res.cells[("requests.outcome.unavailable.not_held", "commercial")].value == 0
    assert got["requests.outcome.total"] == 6 and got["requests.outcome.unavailable"] == 2
    assert not res.ambiguous and res.status in ("parsed", "partial")
    assert not [c for c in res.checks if not c.passed]
    assert_spans(text, res)


def test_dropped_cells_never_shifted_when_no_reading_fits():
    rows = dict(MIXED)
    rows["requests.outcome.disclosed"] = [4, None, None, None, None, None, 9]  # 4 ≠ 9
    res = parse_tables(D.report(rows, sep=" "))
    assert "requests.outcome.disclosed" not in res.values()
    assert any("予以公开" in w and "not read" in w for w in res.warnings)
    assert res.status == "partial"


# --- separators marking some cell boundaries only -----------------------------------------------------

def test_whitespace_marks_some_boundaries():
    text = forms.render("glued")
    text = text.replace("申请数量4030101045", "申请数量403 01 0145").replace("（七）总计4030101045", "（七）总计40 3 0101045")
    res = parse_tables(text)
    got = res.values()
    assert got["requests.received"] == 45 and got["requests.applicant.natural_person"] == 40
    assert got["requests.applicant.organization"] == 5 and got["requests.outcome.total"] == 45
    assert res.cells[("requests.received", "research")].value == 0
    assert_spans(text, res)


# --- cut off --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("layout", ["tab", "pipe", "lines"])
def test_cut_off_table_reads_complete_rows_and_names_the_rest(layout):
    text = forms.render(layout)
    cut = text.index("（二）部分公开")
    cells_after = {"tab": "\t5\t0\t0", "pipe": " | 5 | 0 | 0", "lines": "\n5\n0\n0"}[layout]
    label_end = text.index("情形）", cut) + len("情形）")
    cut_text = text[:label_end] + cells_after  # the page ends three cells into the row
    res = parse_tables(cut_text)
    got = res.values()
    assert got["requests.received"] == 45 and got["requests.carried_over"] == 2
    assert got["requests.outcome.disclosed"] == 21
    assert "requests.outcome.partial" not in got  # never 5 | 0 | 0 placed by counting
    assert any("requests.outcome.total not found" in w for w in res.warnings)
    assert any("部分公开" in w and "not read" in w for w in res.warnings)
    assert res.status == "partial" and not any(k.startswith("review") for k in got)


@pytest.mark.parametrize("tail", ["500", "55", "2"])
def test_run_together_table_cut_mid_row(tail):
    text = forms.render("glued")
    end = text.index("情形）", text.index("（二）部分公开")) + len("情形）")
    res = parse_tables(text[:end] + tail)
    got = res.values()
    assert got["requests.received"] == 45 and got["requests.applicant.natural_person"] == 40
    assert got["requests.outcome.disclosed"] == 21
    assert "requests.outcome.partial" not in got and res.status == "partial"
    assert not any("drops its empty cells" in w for w in res.warnings)  # the cut is not a dropped cell


# --- a 总计 column left blank ---------------------------------------------------------------------------

def test_blank_total_column_is_derived_and_marked():
    text = forms.render("tab")
    lines = []
    for line in text.split("\n"):
        cells = line.split("\t")
        if len(cells) >= 8 and not cells[0].isdigit() and all(re.fullmatch(r"\d+", c) for c in cells[-7:]):
            cells[-1] = ""
        lines.append("\t".join(cells))
    text = "\n".join(lines)
    res = parse_tables(text)
    got = res.values()
    assert got["requests.received"] == 45 and "requests.received" in res.derived
    assert got["requests.outcome.disclosed"] == 21 and got["requests.outcome.withheld"] == 4
    assert res.cells[("requests.received", "total")].blank
    assert any("总计 column blank" in w for w in res.warnings)
    assert res.status == "parsed", res.warnings
    assert_spans(text, res)


# --- headings --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("heading", [
    "四、因政府信息公开工作被申请行政复议、提起行政诉讼情况\n",  # reworded
    "四、政府信息公开行政复复议、行政诉讼情况\n",  # an extra character
    "政府信息公开行政复议、行政诉讼情况\n",  # no 四、
    "",  # no heading at all: the header locates the table
])
def test_case_table_found_by_its_header(heading):
    text = forms.render("tab").replace(forms.H4, heading)
    res = parse_tables(text)
    got = res.values()
    assert got["review.total"] == 3 and got["litigation.after_review.total"] == 3
    assert got["litigation.total"] == 4 and got["requests.carried_forward"] == 2


def test_headings_merged_into_the_previous_paragraph():
    text = forms.render("tab").replace("上年结转2件。\n" + forms.H3, "上年结转2件。" + forms.H3.strip())
    text = text.replace("\n" + forms.H4, "全部按期办结。" + forms.H4)
    res = parse_tables(text)
    got = res.values()
    assert got["requests.received"] == 45 and got["review.total"] == 3 and res.status == "parsed", res.warnings


def test_request_heading_with_a_typo_still_locates_by_row_labels():
    text = forms.render("tab").replace("三、收到和处理政府信息公开申请情况", "三、收到和处里政府信息公开申请情况")
    res = parse_tables(text)
    assert res.values()["requests.received"] == 45 and res.template == "2021"


def test_table_present_but_unreadable_is_partial_not_absent():
    text = forms.render("tab")
    text = re.sub(r"(?m)^(.*?)((?:\t\d+){7})$", lambda m: m.group(1) + "\t?" * 7 if "、" in m.group(1) or "（" in m.group(1)
                  or re.match(r"\d", m.group(1)) else m.group(0), text)
    res = parse_tables(text)
    assert res.status == "partial" and res.template is not None and res.warnings


# --- the pre-2019 统计表 -----------------------------------------------------------------------------------

STAT = ("政府信息公开情况统计表指标名称计量单位数量一、主动公开情况（一）主动公开政府信息数（含转载，按1条计）条452"
        "其中：主动公开规范性文件数条7二、回应关切情况（一）回应社会关切次数次3"
        "三、依申请公开情况（一）收到申请数件111.当面申请数件42.传真申请数件03.网络申请数件54.信函申请数件2"
        "（二）申请办结数件111.按时办结数件102.延期办结数件1（三）申请答复数件111.属于已主动公开范围数件1"
        "2.同意公开答复数件33.同意部分公开答复数件14.不同意公开答复数件2其中：涉及国家秘密件0涉及商业秘密件1"
        "涉及个人隐私件0法律法规规定的其他情形件15.不属于本行政机关公开数件16.申请信息不存在数件1"
        "7.告知作出更改补充数件1"
        "8.告知通过其他途径办理数件1四、行政复议数量件2（一）维持具体行政行为数件1（二）被依法纠错数件1"
        "（三）其他情形数件0五、行政诉讼数量件1（一）维持具体行政行为或者驳回原告诉讼请求数件0（二）被依法纠错数件0"
        "（三）其他情形数件1六、举报投诉数量件3七、依申请公开信息收取的费用万元0.02八、机构建设和保障经费情况")

STAT_EXPECTED = {
    "proactive.total": 452, "requests.received": 11, "requests.channel.in_person": 4, "requests.channel.fax": 0,
    "requests.channel.online": 5, "requests.channel.mail": 2, "requests.outcome.total": 11,
    "requests.outcome.already_public": 1, "requests.outcome.disclosed": 3, "requests.outcome.partial": 1,
    "requests.outcome.withheld": 2, "requests.outcome.not_this_agency": 1, "requests.outcome.nonexistent": 1,
    "requests.outcome.unclear": 1, "requests.outcome.redirected": 1, "review.total": 2, "review.upheld": 1,
    "review.corrected": 1, "review.other": 0, "litigation.total": 1, "litigation.upheld": 0,
    "litigation.corrected": 0, "litigation.other": 1, "complaints.total": 3, "fees.amount_yuan": 200,
}


@pytest.mark.parametrize("sep", ["", "\n", " "])
def test_statistics_form_published_alone(sep):
    text = STAT
    if sep:  # indicator, unit and value as separate cells
        text = re.sub(r"(条|件|次|万元)(\d[\d.]*)", lambda m: f"{sep}{m.group(1)}{sep}{m.group(2)}{sep}", text)
    res = parse_tables(text)
    assert (res.template, res.status) == ("pre2019", "parsed"), res.warnings
    assert res.values() == STAT_EXPECTED
    assert res.checks and all(c.passed for c in res.checks)
    for f in res.facts:
        if f.field != "fees.amount_yuan":
            assert cell_value(text[f.start:f.end]) == f.value


def test_statistics_form_combined_channel_and_conflicting_totals():
    text = STAT.replace("2.传真申请数件0", "2.信函、传真申请数件2").replace("4.信函申请数件2", "4.其他形式申请数件0")
    text = text.replace("（三）申请答复数件11", "（三）申请答复数件10")
    res = parse_tables(text)
    got = res.values()
    assert "requests.channel.fax" not in got and "requests.channel.mail" not in got
    assert any("combines" in w for w in res.warnings)
    # 办结 6 vs 答复 5 in the same table: neither guessed
    assert "requests.outcome.total" not in got and any("申请办结数" in w for w in res.warnings)
    assert sorted(res.ambiguous_fields()["requests.outcome.total"]) == [10, 11]
    assert got["requests.received"] == 11 and res.status == "partial"


def test_statistics_form_failed_sum_is_a_failed_check():
    res = parse_tables(STAT.replace("3.网络申请数件5", "3.网络申请数件6"))
    failed = [c for c in res.checks if not c.passed]
    assert failed and "收到申请数" in failed[0].rule and failed[0].expected == 11 and failed[0].actual == 12


# --- regions ---------------------------------------------------------------------------------------------

def test_regions_on_a_one_line_report_cover_only_the_table():
    text = D.report(MIXED, sep=" ")
    assert "\n" not in text
    res = parse_tables(text)
    assert res.regions
    for m in re.finditer(r"\d+", D.PROSE_BEFORE + "|" + D.PROSE_AFTER):
        num = m.group()
        for pos in [i for i in range(len(text)) if text.startswith(num, i)]:
            in_prose = pos < len(D.PROSE_BEFORE) or pos >= len(text) - len(D.PROSE_AFTER)
            if in_prose:
                assert not any(a <= pos < b for a, b in res.regions), (num, pos, res.regions)
    first = text.index("一、本年新收")
    assert any(a <= first < b for a, b in res.regions)


# --- the form's wording, once ---------------------------------------------------------------------------

def test_row_cores_match_the_forms_own_wording():
    from infer import schema
    from infer.tables.templates import (NOT_PROCESSED_ROWS, OTHER_ROWS, REQUEST_ROWS, TOP_ROWS, UNAVAILABLE_ROWS,
                                        WITHHELD_ROWS)
    wording = dict(TOP_ROWS)
    for group, rows in (("withheld", WITHHELD_ROWS), ("unavailable", UNAVAILABLE_ROWS),
                        ("not_processed", NOT_PROCESSED_ROWS), ("other", OTHER_ROWS)):
        for k, zh in rows:
            wording[f"requests.outcome.{group}.{k}"] = zh
            assert schema.field(f"requests.outcome.{group}.{k}").zh == zh  # schema imports, not copies
    for spec in REQUEST_ROWS:
        if spec.key:
            assert any(core in wording[spec.key] for core in spec.cores), spec.key


# --- a table with only its 总计 column -----------------------------------------------------------------

@pytest.mark.parametrize("sep", ["\t", " | ", "\n"])
def test_table_with_only_a_total_column(sep):
    body = "".join(f"{''.join(labels)}{sep}{vals[-1]}\n" for labels, vals, _ in forms.ROWS)
    text = forms.INTRO + forms.H3 + f"项目{sep}总计\n" + body + forms.H4 + "本年度未发生行政复议、行政诉讼。\n" + forms.OUTRO
    res = parse_tables(text)
    got = res.values()
    for key in ("requests.received", "requests.outcome.disclosed", "requests.outcome.withheld",
                "requests.outcome.total", "requests.carried_forward", "requests.outcome.other.misc"):
        assert got[key] == forms.EXPECTED.get(key, 1), key
    assert "requests.applicant.natural_person" not in got and "requests.applicant.organization" not in got
    assert any("only its 总计 column" in w for w in res.warnings)
    assert not res.ambiguous
    assert_spans(text, res)


# --- table 三 transposed ----------------------------------------------------------------------------------

def _transposed(sep: str, drop_line: str | None = None) -> str:
    data = [(labels, vals) for labels, vals, key in forms.ROWS]
    head = sep.join(["申请人情况"] + ["".join(labels) for labels, _ in data])
    names = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]
    lines = []
    for j, name in enumerate(names):
        cells = [str(vals[j]) for _, vals in data]
        if name == drop_line:
            cells = cells[:-1]
        lines.append(sep.join([name] + cells))
    return forms.INTRO + forms.H3 + head + "\n" + "\n".join(lines) + "\n" + forms.H4 + "本年度未发生行政复议、行政诉讼。\n" + forms.OUTRO


@pytest.mark.parametrize("sep", ["\t", " "])
def test_transposed_request_table(sep):
    text = _transposed(sep)
    res = parse_tables(text)
    got = res.values()
    for key, value in forms.EXPECTED.items():
        if key.startswith("requests"):
            assert got[key] == value, key
    assert res.cells[("requests.outcome.unavailable.not_held", "commercial")].value == 1
    assert any("transposed" in w for w in res.warnings)
    assert not [c for c in res.checks if not c.passed]
    assert_spans(text, res)


def test_transposed_line_of_wrong_length_is_not_shifted():
    res = parse_tables(_transposed("\t", drop_line="商业企业"))
    assert ("requests.received", "commercial") not in res.cells
    assert "requests.applicant.organization" not in res.values()
    assert res.values()["requests.received"] == 45 and res.values()["requests.applicant.natural_person"] == 40
    assert any("商业企业 has 24 cells where 25" in w for w in res.warnings) and res.status == "partial"


# --- other pre-2019 附表: block sums and regions -----------------------------------------------------------

APPENDIX = ("本年度共受理申请9件，详见附表。\n附表\n指标\n数量(件)\n申请总数\n9\n其中：1.当面申请数\n4\n2.网上申请数\n5\n"
            "对申请答复总数\n9\n其中：1.同意公开答复数\n6\n2.同意部分公开答复数\n2\n3.不同意公开答复数\n1\n行政复议数\n0\n")


def test_appendix_block_sums_are_checked():
    res = parse_tables(APPENDIX)
    rules = {c.rule.split(" = ")[0]: c for c in res.checks}
    assert len(res.checks) == 2 and all(c.passed for c in res.checks), res.checks
    bad = parse_tables(APPENDIX.replace("2.网上申请数\n5", "2.网上申请数\n6"))
    failed = [c for c in bad.checks if not c.passed]
    assert len(failed) == 1 and failed[0].expected == 9 and failed[0].actual == 10
    assert any(w.startswith("check failed") for w in bad.warnings)
    # a combined channel: the block is not checked (its items need not add up), the channel not guessed
    comb = parse_tables(APPENDIX.replace("2.网上申请数\n5", "2.网上、信函申请数\n5"))
    assert len(comb.checks) == 1 and "requests.channel.online" not in comb.values()
    assert any("reported as combined" in w for w in comb.warnings)
    assert rules


def test_appendix_region_starts_at_the_table_not_the_sentence_naming_it():
    # the sentence naming the 附表 holds a count of its own, on the table's line
    text = APPENDIX.replace("本年度共受理申请9件，详见附表。\n附表\n", "详见附表，本年度共受理申请9件。附表\n")
    res = parse_tables(text)
    prose_count = text.index("9件")
    assert text.index("附表") < prose_count
    assert res.regions and not any(a <= prose_count < b for a, b in res.regions)


# --- a large table that drops its empty cells: whatever is read is right -------------------------------

@pytest.mark.parametrize("seed", [0, 1, 2])
def test_many_dropped_rows_read_cells_are_never_wrong(seed):
    import random
    rng = random.Random(seed)
    keys = [k for _, k in D.LABELS_2019 if k.startswith("requests.outcome.") and k != "requests.outcome.total"]
    rows, total = {}, [0] * 7
    for k in keys:
        cells: list[int | None] = [None] * 7
        j, v = rng.randrange(6), rng.randint(1, 9)
        cells[j], cells[6] = v, v
        rows[k] = cells
        total[j] += v
        total[6] += v
    rows["requests.outcome.total"] = [t or None for t in total]
    rows["requests.received"] = [t or None for t in total]
    res = parse_tables(D.report(rows, sep=""))
    for (row, col), cell in res.cells.items():
        if row in rows and cell.value is not None:
            truth = D.full(rows[row])[[c for c, _ in REQUEST_COLUMNS].index(col)]
            assert cell.value == truth, (row, col)
    got = res.values()
    assert all(got[k] == rows[k][6] for k in keys)  # every row's 总计 is certain


def test_html_table_with_blank_total_column(tmp_path):
    """Through the HTML loader: the applicant cells filled, every 总计 <td> empty."""
    from infer.textio import load_report
    from tests.fixtures.tables import unseen as U
    rows = [(labs, vals[:-1] + [""], key) for labs, vals, key in forms.ROWS]
    t3 = f"<table>{U.NESTED_HEADER}" + U.html_rows(rows) + "</table>"
    path = tmp_path / "blank_total.html"
    path.write_text(U.html_page(t3, U.case_table_html(forms.CASE_VALUES)), encoding="utf-8")
    doc = load_report(path)
    res = parse_tables(doc.text)
    got = res.values()
    assert got["requests.received"] == 45 and "requests.received" in res.derived
    assert got["requests.outcome.total"] == 45 and got["requests.outcome.unavailable"] == 8
    assert got["requests.applicant.natural_person"] == 40
    assert res.status == "parsed", res.warnings


def test_case_table_alone_when_table_three_is_an_image():
    text = forms.render("tab")
    start, end = text.index(forms.H3), text.index(forms.H4)
    text = text[:start] + forms.H3 + "（表格为图片）\n" + text[end:]
    res = parse_tables(text)
    got = res.values()
    assert got["review.total"] == 3 and got["litigation.total"] == 4
    assert not any(k.startswith("requests") for k in got)
    assert res.status == "partial" and res.template == "2021"
    assert any("table 三" in w and "not found" in w for w in res.warnings)


def test_statistics_form_missing_row_is_not_taken_from_the_next_part():
    text = STAT.replace("（三）其他情形数件0五、", "五、")  # 行政复议's 其他情形数 row missing
    res = parse_tables(text)
    got = res.values()
    assert "review.other" not in got  # never 行政诉讼's 其他情形数 (1)
    assert got["litigation.other"] == 1 and got["review.total"] == 2


@pytest.mark.parametrize("row,expected", [("收费金额（万元）\n0.15\n", 1500), ("收取费用（元）\n30\n", 30),
                                          ("收费减免金额（元）\n30\n", None)])
def test_appendix_fee_rows(row, expected):
    res = parse_tables(APPENDIX + row)
    assert res.values().get("fees.amount_yuan") == expected
    assert res.values()["review.total"] == 0


def test_ambiguous_fields_reach_the_json_contract():
    """What the parser names ambiguous is in ``table.ambiguous`` of ``infer extract --format json``: a user
    sees the candidates instead of a missing number."""
    from infer.pipeline import extract
    from infer.textio import Document, sha256_text

    text = D.report(THREE, sep=" ")
    doc = Document(path="t.txt", text=text, encoding="utf-8", sha256=sha256_text(text), format="txt")
    js = extract(doc, use_model=False).to_json()
    assert set(js["table"]["ambiguous"]) == {"requests.applicant.natural_person", "requests.applicant.organization"}
    assert sorted(js["table"]["ambiguous"]["requests.applicant.natural_person"]) == [0, 3]
