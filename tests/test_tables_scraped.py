"""Scraping damage seen in blind-written table layouts, on invented tables (fictional bodies and figures):
PDF page furniture inside a table, labels wrapped over two lines, old statistics tables whose labels
drop their 数 or their numbering, and the form's parts numbered differently. Each is read exactly, or
left unread with a warning; nothing is guessed."""
from __future__ import annotations

import pytest

from infer.tables import parse_tables
from infer.tables.cells import cell_value
from infer.tables.furniture import mask_page_furniture
from tests.fixtures.tables import forms


def assert_offsets(text: str, res) -> None:
    for f in res.facts:
        if f.field in res.derived or f.start == f.end:
            continue
        assert cell_value(text[f.start:f.end]) == f.value, (f, text[f.start:f.end])


def assert_form_exact(res) -> None:
    got = res.values()
    assert {k: got.get(k) for k in forms.EXPECTED} == forms.EXPECTED
    assert res.checks and all(c.passed for c in res.checks), [c.rule for c in res.checks if not c.passed]


# --- PDF page furniture -------------------------------------------------------------------------------

@pytest.mark.parametrize("line", ["— 7 —", "－7－", "- 7 -", "第 7 页", "第7页 共12页", "共12页 第7页",
                                  "青禾县2021年政府信息公开工作年度报告　第 7 页 共 12 页", "Page 7 of 12"])
def test_page_marks_are_blanked(line: str) -> None:
    text = f"4.保护第三方合法权益\t2\t0\t0\t0\t0\t0\t2\n{line}\n5.属于三类内部事务信息\t0\n"
    out = mask_page_furniture(text)
    assert len(out) == len(text)
    assert line not in out and "4.保护第三方合法权益\t2" in out and "5.属于三类内部事务信息\t0" in out


@pytest.mark.parametrize("line", ["7", "3\t4", "— 7 — 8", "- 7", "全年第7页的内容更新了3次，共计12页。", "具体数字详见附件第3页"])
def test_what_may_be_a_cell_or_prose_is_kept(line: str) -> None:
    text = f"一、本年新收政府信息公开申请数量\n{line}\n二、上年结转\n"
    assert mask_page_furniture(text) == text


def test_running_header_next_to_a_page_number_is_blanked_but_the_title_is_kept() -> None:
    title = "青禾县2021年政府信息公开工作年度报告"
    text = f"{title}\n正文\n6.属于四类过程性信息\t1\n— 3 —\n\n{title}\n7.属于行政执法案卷\t0\n{title}\n"
    out = mask_page_furniture(text)
    assert out.startswith(title)  # the first line is the title itself
    assert out.count(title) == 2  # the header after the page number is blanked, the far one is kept


def test_page_break_inside_both_tables_of_the_form() -> None:
    text = forms.render("tab")
    text = text.replace("6.属于四类过程性信息\t1\t0\t0\t0\t0\t0\t1\n",
                        "6.属于四类过程性信息\t1\t0\t0\t0\t0\t0\t1\n— 3 —\n\n青禾县2021年政府信息公开工作年度报告\n")
    lines = text.split("\n")
    data = next(i for i, ln in enumerate(lines) if ln.startswith("1\t0\t1\t1\t3"))
    lines.insert(data + 1, "")
    lines.insert(data + 2, "青禾县2021年政府信息公开工作年度报告　第 4 页 共 5 页")
    text = "\n".join(lines)
    res = parse_tables(text)
    assert res.status == "parsed", res.warnings
    assert_form_exact(res)
    assert_offsets(text, res)


def test_labels_wrapped_between_numbering_and_core() -> None:
    text = forms.render("tab")
    for whole, wrapped in (("5.要求行政机关确认或重新出具已获取信息", "5.要求行政机关确认\n或重新出具已获取信息"),
                           ("1.申请人无正当理由逾期不补正", "1.申请人无正当理由\n逾期不补正"),
                           ("一、本年新收政府信息公开申请数量", "一、本年新收政府信息\n公开申请数量"),
                           # wrapped inside the row's distinctive words themselves
                           ("4.无正当理由大量反复申请", "4.无正当理由大量反\n复申请"),
                           ("2.其他法律行政法规禁止公开", "2.其他法律行政法规禁\n止公开")):
        assert whole in text
        text = text.replace(whole, wrapped)
    res = parse_tables(text)
    assert res.status == "parsed", res.warnings
    assert_form_exact(res)
    assert res.values()["requests.outcome.not_processed.mass_repeat"] == 0


# --- the national 统计表 (until 2018) -----------------------------------------------------------------

#: an invented 统计表 (figures consistent: 11 requests = 4+0+5+2; 11 replies = 1+6+1+0+2+1+0+0)
STAT_LINES = [
    ("三、依申请公开情况", ""), ("（一）收到申请数", "件 11"), ("1.当面申请数", "件 4"), ("2.传真申请数", "件 —"),
    ("3.网络申请数", "件 5"), ("4.信函申请数", "件 2"), ("（二）申请办结数", "件 11"), ("1.按时办结数", "件 11"),
    ("2.延期办结数", "件 —"), ("（三）申请答复数", "件 11"), ("1.属于已主动公开范围数", "件 1"),
    ("2.同意公开答复数", "件 6"), ("3.同意部分公开答复数", "件 1"), ("4.不同意公开答复数", "件 —"),
    ("5.不属于本行政机关公开数", "件 2"), ("6.申请信息不存在数", "件 1"), ("7.告知作出更改补充数", "件 —"),
    ("8.告知通过其他途径办理数", "件 —"), ("四、行政复议数量", "件 2"), ("（一）维持具体行政行为数", "件 1"),
    ("（二）被依法纠错数", "件 —"), ("（三）其他情形数", "件 1"), ("五、行政诉讼数量", "件 —"),
    ("（一）维持具体行政行为或者驳回原告诉讼请求数", "件 —"), ("（二）被依法纠错数", "件 —"),
    ("（三）其他情形数", "件 —"), ("六、举报投诉数量", "件 —"), ("七、依申请公开信息收取的费用", "万元 —"),
]
STAT_EXPECTED = {
    "requests.received": 11, "requests.channel.in_person": 4, "requests.channel.fax": 0,
    "requests.channel.online": 5, "requests.channel.mail": 2, "requests.outcome.total": 11,
    "requests.outcome.already_public": 1, "requests.outcome.disclosed": 6, "requests.outcome.partial": 1,
    "requests.outcome.withheld": 0, "requests.outcome.not_this_agency": 2, "requests.outcome.nonexistent": 1,
    "requests.outcome.unclear": 0, "requests.outcome.redirected": 0, "review.total": 2, "review.upheld": 1,
    "review.corrected": 0, "review.other": 1, "litigation.total": 0, "litigation.upheld": 0,
    "litigation.corrected": 0, "litigation.other": 0, "complaints.total": 0, "fees.amount_yuan": 0,
}


def _stat_text(lines) -> str:
    head = "附件：\n青禾县档案馆2016年政府信息公开情况统计表\n统计指标 单位 统计数\n"
    return head + "\n".join(f"{a} {b}".rstrip() for a, b in lines) + "\n"


def test_stat_form_with_page_footer_and_a_wrapped_label() -> None:
    lines = list(STAT_LINES)
    i = next(n for n, (a, _) in enumerate(lines) if a.startswith("3.同意部分"))
    lines.insert(i + 1, ("\n青禾县档案馆2016年政府信息公开工作年度报告　第 2 页 共 3 页\n", ""))
    text = _stat_text(lines).replace("（一）维持具体行政行为或者驳回", "（一）维持具体行政行为或\n者驳回")
    text += "　　　　　　　　－3－\n"
    res = parse_tables(text)
    assert res.template == "pre2019" and res.status == "parsed", res.warnings
    assert {k: res.values().get(k) for k in STAT_EXPECTED} == STAT_EXPECTED
    assert all(c.passed for c in res.checks)
    assert_offsets(text, res)


def test_stat_form_glued_with_its_parts_numbered_otherwise() -> None:
    # a version of the form without the 回应解读 part: 行政复议数量 is 三、, not 四、; glued into one run
    lines = [(a.replace("四、行政复议", "三、行政复议").replace("五、行政诉讼", "四、行政诉讼")
              .replace("六、举报", "五、举报").replace("七、依申请", "六、依申请"), b.replace(" ", ""))
             for a, b in STAT_LINES if not a.startswith(("（一）维持", "（二）被依法", "（三）其他情形"))]
    text = "政府信息公开情况统计表统计指标单位统计数" + "".join(a + b for a, b in lines)
    res = parse_tables(text)
    got = res.values()
    expected = {k: v for k, v in STAT_EXPECTED.items() if not k.startswith(("review.", "litigation."))}
    expected |= {"review.total": 2, "litigation.total": 0}
    assert {k: got.get(k) for k in expected} == expected
    assert not any("no value found" in w for w in res.warnings), res.warnings


def _stat_rows(sep: str, transform=lambda a, u, v: (a, u, v)) -> str:
    rows = []
    for a, b in STAT_LINES:
        u, _, v = b.partition(" ")
        rows.append(sep.join(x for x in transform(a, u, v) if x))
    return "青禾县档案馆2016年政府信息公开情况统计表\n" + sep.join(("统计指标", "单位", "统计数")) + "\n" + "\n".join(rows)


def test_stat_form_without_numbering_and_wrapped_in_tab_rows() -> None:
    strip = "0123456789.、（）一二三四五六七八九十"
    res = parse_tables(_stat_rows("\t", lambda a, u, v: (a.lstrip(strip), u, v)))
    assert {k: res.values().get(k) for k in STAT_EXPECTED} == STAT_EXPECTED, res.warnings
    res = parse_tables(_stat_rows("\t", lambda a, u, v: (a[:7] + "\n" + a[7:] if len(a) > 9 else a, u, v)))
    assert {k: res.values().get(k) for k in STAT_EXPECTED} == STAT_EXPECTED, res.warnings


def test_stat_form_slash_values_read_only_where_the_sums_prove_them() -> None:
    res = parse_tables(_stat_rows("\t", lambda a, u, v: (a, u, "/" if v == "—" else v)))
    got = res.values()
    # 传真 / in 11 = 4 + / + 5 + 2; 不同意公开 … in the replies; 被依法纠错 in the review block
    assert got["requests.channel.fax"] == 0 and got["requests.outcome.withheld"] == 0
    assert got["review.corrected"] == 0 and got["requests.received"] == 11
    # the lawsuit block is all '/', and nothing proves the fee: unknown, named, not read
    assert "litigation.total" not in got and "fees.amount_yuan" not in got and "complaints.total" not in got
    assert res.status == "partial" and any("not proven 0" in w for w in res.warnings)


def test_stat_form_value_before_a_part_heading_glued() -> None:
    # invented figures: 5 requests = 1 + 1 + 2 + 1; 5 replies = 3 + 2
    text = ("青禾县政府信息公开情况统计表（一）主动公开政府信息数条4306二、依申请公开情况"
            "（一）收到申请数件51.当面申请数件12.传真申请数件13.网络申请数件24.信函申请数件1（三）申请答复数件5"
            "1.属于已主动公开范围数件32.同意公开答复数件2三、行政复议数量件1四、行政诉讼数量件3")
    got = parse_tables(text).values()
    assert got["proactive.total"] == 4306 and got["requests.received"] == 5 and got["requests.channel.online"] == 2
    assert got["requests.channel.fax"] == 1 and got["requests.outcome.disclosed"] == 2
    assert got["review.total"] == 1 and got["litigation.total"] == 3


# --- other 附表 --------------------------------------------------------------------------------------

def test_appendix_items_without_numbering_after_qizhong() -> None:
    text = ("附件：2012年政府信息公开情况统计表\n指标\t单位\t本年度\t累计\n主动公开政府信息数\t条\t530\t4120\n"
            "受理申请总数\t件\t17\t96\n其中：当面申请数\t件\t5\t30\n网上申请数\t件\t10\t51\n信函、传真申请数\t件\t2\t15\n"
            "对申请的答复总数\t件\t17\t96\n其中：同意公开\t件\t9\t60\n同意部分公开\t件\t3\t11\n不同意公开\t件\t1\t9\n"
            "信息不存在\t件\t2\t8\n非本机关政府信息\t件\t2\t8\n行政复议数\t件\t0\t2\n行政诉讼数\t件\t1\t1\n"
            "申诉数\t件\t0\t0\n收取费用\t元\t0\t0\n")
    res = parse_tables(text)
    got = res.values()
    assert {k: got.get(k) for k in ("requests.received", "requests.channel.in_person", "requests.channel.online",
                                     "requests.outcome.total", "requests.outcome.disclosed",
                                     "requests.outcome.partial", "requests.outcome.withheld",
                                     "requests.outcome.nonexistent", "requests.outcome.not_this_agency",
                                     "review.total", "litigation.total", "complaints.total",
                                     "fees.amount_yuan")} == {
        "requests.received": 17, "requests.channel.in_person": 5, "requests.channel.online": 10,
        "requests.outcome.total": 17, "requests.outcome.disclosed": 9, "requests.outcome.partial": 3,
        "requests.outcome.withheld": 1, "requests.outcome.nonexistent": 2, "requests.outcome.not_this_agency": 2,
        "review.total": 0, "litigation.total": 1, "complaints.total": 0, "fees.amount_yuan": 0}
    # the combined channel row is named, never guessed; the channels' sum is then not checked
    assert "requests.channel.mail" not in got and "requests.channel.fax" not in got
    assert any("combines" in w for w in res.warnings)
    assert all(c.passed for c in res.checks), [c.rule for c in res.checks if not c.passed]
    assert_offsets(text, res)


def test_appendix_labels_without_shu_one_cell_per_line_in_three_tables() -> None:
    text = ("一、概述\n全年受理的申请均已答复，详见附表一。\n二、收费情况\n未收取费用，见附表三。\n\n"
            "附表一\n依申请公开情况\n项目\n单位\n数量\n申请总数\n件\n6\n其中：当面申请\n件\n2\n网上申请\n件\n3\n"
            "电子邮件申请\n件\n1\n答复总数\n件\n6\n其中：同意公开\n件\n4\n属于已主动公开范围\n件\n1\n"
            "告知通过其他途径办理\n件\n1\n\n附表二\n行政复议、诉讼及申诉情况\n项目\n单位\n数量\n行政复议\n件\n0\n"
            "行政诉讼\n件\n1\n申诉\n件\n0\n\n附表三\n收费情况\n项目\n单位\n数量\n检索、复制、邮寄费\n元\n0\n")
    res = parse_tables(text)
    assert res.values() == {
        "requests.received": 6, "requests.channel.in_person": 2, "requests.channel.online": 3,
        "requests.channel.email": 1, "requests.outcome.total": 6, "requests.outcome.disclosed": 4,
        "requests.outcome.already_public": 1, "requests.outcome.redirected": 1, "review.total": 0,
        "litigation.total": 1, "complaints.total": 0, "fees.amount_yuan": 0}
    assert all(c.passed for c in res.checks)
    assert res.regions[0][0] >= text.index("附表一\n")  # the mention in prose does not open the table


def test_appendix_flattened_on_one_line_with_short_labels() -> None:
    text = ("　　附：青禾县2008年政府信息公开情况统计表 指标名称 单位 数量 主动公开政府信息 条 ２１８ 受理依申请公开 件 ９ "
            "其中：当面申请 件 ４ 网上申请 件 ３ 其他形式申请 件 ２ 答复申请 件 ８ 其中：同意公开 件 ５ "
            "不属于本机关公开 件 ２ 不予公开 件 １ 行政复议 件 ０ 行政诉讼 件 ０ 申诉 件 ０ 收取费用 万元 ０.０２\n")
    res = parse_tables(text)
    assert res.values() == {
        "proactive.total": 218, "requests.received": 9, "requests.channel.in_person": 4,
        "requests.channel.online": 3, "requests.channel.other": 2, "requests.outcome.total": 8,
        "requests.outcome.disclosed": 5, "requests.outcome.not_this_agency": 2, "requests.outcome.withheld": 1,
        "review.total": 0, "litigation.total": 0, "complaints.total": 0, "fees.amount_yuan": 200}


def test_a_generic_word_does_not_make_a_label_combined() -> None:
    text = ("附表 政府信息公开情况统计表\n| 指标名称 | 单位 | 数量 |\n| 二、依申请公开信息数（申请总数） | 件 | 3 |\n"
            "| 1.当面申请数 | 件 | 3 |\n| 三、对申请的答复总数 | 件 | 3 |\n| 1.同意公开答复数 | 件 | 2 |\n"
            "| 2.不属于本机关公开数 | 件 | 1 |\n")
    res = parse_tables(text)
    assert res.values()["requests.outcome.not_this_agency"] == 1
    assert res.values()["requests.outcome.disclosed"] == 2


def test_a_sentence_is_never_an_indicator() -> None:
    text = ("（统计表略）\n全年依申请公开数量增加较快，部分申请涉及历史档案，查找难度大，共计答复3件。\n"
            "五、存在的主要问题\n行政复议 0\n")
    res = parse_tables(text)
    assert "requests.received" not in res.values() and "requests.outcome.total" not in res.values()


# --- '/' in table 四 ---------------------------------------------------------------------------------

def _case_row(values: list[str]) -> str:
    text = forms.render("tab")
    row = "\t".join(str(v) for v in forms.CASE_VALUES)
    assert row in text
    return text.replace(row, "\t".join(values))


def test_slash_is_zero_when_a_block_proves_it() -> None:
    # 行政复议 1 / 1 1 3: the written results add up to 3, so this table's '/' is 0
    text = _case_row(["/" if v == 0 else str(v) for v in forms.CASE_VALUES])
    res = parse_tables(text)
    assert res.status == "parsed", res.warnings
    assert_form_exact(res)
    assert any("'/'" in w and w.startswith("resolved:") for w in res.warnings)


def test_slash_stays_unknown_without_proof_or_against_it() -> None:
    # every cell '/': nothing proves what it means
    res = parse_tables(_case_row(["/"] * 15))
    assert res.status == "partial" and "review.total" not in res.values()
    # the review block proves '/' = 0, but the direct-suit block's '/' would have to hold 2 cases
    res = parse_tables(_case_row(["1", "/", "1", "1", "3", "/", "/", "/", "/", "2", "2", "/", "/", "1", "3"]))
    assert "review.corrected" not in res.values() and "litigation.direct.upheld" not in res.values()
    assert res.status == "partial"


# --- a 附表 printed sideways ----------------------------------------------------------------------------

@pytest.mark.parametrize("sep", ["\t", " | ", "　　"])
def test_transposed_appendix(sep: str) -> None:
    names = ["指标", "主动公开信息数（条）", "依申请公开申请数（件）", "行政复议（件）", "行政诉讼（件）", "申诉（件）",
             "收费（万元）"]
    values = ["数量", "143", "3", "1", "0", "0", "0.01"]
    text = f"全年情况见附表。\n　　附表：2016年青禾乡政府信息公开情况统计\n{sep.join(names)}\n{sep.join(values)}\n"
    res = parse_tables(text)
    assert res.values() == {"proactive.total": 143, "requests.received": 3, "review.total": 1,
                            "litigation.total": 0, "complaints.total": 0, "fees.amount_yuan": 100}
    f = next(f for f in res.facts if f.field == "requests.received")
    assert text[f.start:f.end] == "3"


def test_transposed_appendix_with_a_missing_value_is_not_read_by_position() -> None:
    text = ("附表：2016年青禾乡政府信息公开情况统计\n主动公开信息数\t依申请公开申请数\t行政复议\t行政诉讼\n"
            "数量\t143\t3\t1\n")
    res = parse_tables(text)
    assert "litigation.total" not in res.values() and "review.total" not in res.values()


@pytest.mark.parametrize("layout", ["tab", "pipe", "lines"])
def test_slash_for_zero_in_both_tables(layout: str) -> None:
    """Every 0 of the form written '/': the rows' and columns' sums prove each of them 0."""
    res = parse_tables(forms.render(layout, zero="/"))
    assert res.status == "parsed", res.warnings
    assert_form_exact(res)


@pytest.mark.parametrize("layout", ["tab", "pipe"])
def test_blank_cells_of_table_four_in_a_row_with_filler_fields(layout: str) -> None:
    """Table 四's data row with empty cells and, in pipe rows, empty filler fields after it (| … | ||):
    read by position, the blanks proven 0 by each block's 总计."""
    res = parse_tables(forms.render(layout, zero=""))
    assert res.status == "parsed", res.warnings
    assert_form_exact(res)


# --- 附表 columns in the other order ----------------------------------------------------------------

_OLD_ROWS = [("受理申请总数", 13, 77), ("其中：当面申请数", 5, 30), ("网上申请数", 8, 47), ("对申请的答复总数", 12, 75),
             ("其中：同意公开", 9, 61), ("不同意公开", 3, 14), ("行政复议数", 1, 3)]
_OLD_EXPECTED = {"requests.received": 13, "requests.channel.in_person": 5, "requests.channel.online": 8,
                 "requests.outcome.total": 12, "requests.outcome.disclosed": 9, "requests.outcome.withheld": 3,
                 "review.total": 1}


@pytest.mark.parametrize("unit", [True, False])
def test_appendix_with_cumulative_before_this_year(unit: bool) -> None:
    head = "附件：青禾县2011年政府信息公开情况统计表\n指标\t" + ("单位\t" if unit else "") + "累计\t本年度\n"
    text = head + "\n".join(f"{a}\t" + ("件\t" if unit else "") + f"{c}\t{y}" for a, y, c in _OLD_ROWS) + "\n"
    res = parse_tables(text)
    assert {k: res.values().get(k) for k in _OLD_EXPECTED} == _OLD_EXPECTED
    assert res.cells[("requests.received", "cumulative")].value == 77
    # and the usual order is still read as such
    head = "附件：青禾县2011年政府信息公开情况统计表\n指标\t单位\t本年度\t累计\n"
    text = head + "\n".join(f"{a}\t件\t{y}\t{c}" for a, y, c in _OLD_ROWS) + "\n"
    assert {k: parse_tables(text).values().get(k) for k in _OLD_EXPECTED} == _OLD_EXPECTED


def test_appendix_glued_with_cumulative_first() -> None:
    text = "统计表指标单位累计本年度" + "".join(f"{a}件{c}{y}" for a, y, c in _OLD_ROWS)
    res = parse_tables(text)
    got = res.values()
    assert {k: got[k] for k in _OLD_EXPECTED if k in got} == {k: v for k, v in _OLD_EXPECTED.items() if k in got}
    assert got.get("requests.received") == 13


def test_transposed_appendix_items_follow_their_block() -> None:
    names = ["指标"] + [a.replace("其中：", "") for a, _, _ in _OLD_ROWS]
    text = "附表：政府信息公开情况统计\n" + "\t".join(names) + "\n数量\t" + "\t".join(str(y) for _, y, _ in _OLD_ROWS) + "\n"
    assert parse_tables(text).values() == _OLD_EXPECTED


@pytest.mark.parametrize("received, answered", [("收到政府信息公开申请数", "申请答复数"), ("受理信息公开申请", "已答复数"),
                                                ("政府信息公开申请件数", "答复总数"), ("申请数", "答复数量")])
def test_appendix_received_and_answered_wordings(received: str, answered: str) -> None:
    text = (f"附表：政府信息公开情况统计表\n指标\t单位\t数量\n{received}\t件\t7\n当面申请\t件\t3\n网上申请\t件\t4\n"
            f"{answered}\t件\t7\n同意公开\t件\t6\n信息不存在\t件\t1\n行政复议案件数\t件\t0\n")
    assert parse_tables(text).values() == {
        "requests.received": 7, "requests.channel.in_person": 3, "requests.channel.online": 4,
        "requests.outcome.total": 7, "requests.outcome.disclosed": 6, "requests.outcome.nonexistent": 1,
        "review.total": 0}


@pytest.mark.parametrize("style", ["（{}）", "({})", "circled"])
def test_appendix_with_numbered_groups_and_bracketed_items(style: str) -> None:
    def num(n: int) -> str:
        return chr(0x2460 + n - 1) if style == "circled" else style.format(n)
    rows = [("一、主动公开政府信息数", "条", 207), ("二、依申请公开情况", "", None), ("1.申请总数", "件", 9),
            (num(1) + "当面申请", "件", 2), (num(2) + "网上申请", "件", 6), (num(3) + "信函申请", "件", 1),
            ("2.答复总数", "件", 9), (num(1) + "同意公开", "件", 6), (num(2) + "同意部分公开", "件", 1),
            (num(3) + "不属于本机关公开范围", "件", 2), ("三、行政复议案件", "件", 0), ("四、行政诉讼案件", "件", 0),
            ("五、收费金额", "元", 0)]
    text = "附表：青禾县2009年政府信息公开情况统计表\n项目\t单位\t数量\n" + "\n".join(
        f"{a}\t{u}\t{'' if v is None else v}" for a, u, v in rows) + "\n"
    assert parse_tables(text).values() == {
        "proactive.total": 207, "requests.received": 9, "requests.channel.in_person": 2, "requests.channel.online": 6,
        "requests.channel.mail": 1, "requests.outcome.total": 9, "requests.outcome.disclosed": 6,
        "requests.outcome.partial": 1, "requests.outcome.not_this_agency": 2, "review.total": 0,
        "litigation.total": 0, "fees.amount_yuan": 0}


def test_transposed_request_table_with_empty_cells() -> None:
    """Table 三 printed sideways from an HTML table whose zero cells are empty: read by position, the
    blanks proven 0 by the sums."""
    data = [(labels, vals) for labels, vals, _ in forms.ROWS]
    names = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]
    lines = ["\t".join(["申请人情况"] + ["".join(labels) for labels, _ in data])]
    for j, name in enumerate(names):
        lines.append("\t".join([name] + ["" if vals[j] == 0 else str(vals[j]) for _, vals in data]))
    text = forms.INTRO + forms.H3 + "\n".join(lines) + "\n" + forms.H4 + "本年度未发生行政复议、行政诉讼。\n" + forms.OUTRO
    res = parse_tables(text)
    got = res.values()
    assert {k: got.get(k) for k in forms.EXPECTED if k.startswith("requests")} == \
        {k: v for k, v in forms.EXPECTED.items() if k.startswith("requests")}
    assert not [c for c in res.checks if not c.passed]


def test_prose_after_a_mention_of_the_table_gives_no_indicator() -> None:
    """Headings that are indicator names (三、行政复议) followed by prose with dates and counts: a date is
    never a cell, a clause is never an indicator, and names without values are no table."""
    text = ("青禾县交通局2020年政府信息公开工作年度报告\n一、总体情况\n本年度主动公开信息120条。附表：统计表见后。"
            "主动公开政府信息数\n二、收到和处理政府信息公开申请情况\n本年度收到申请5件，均已答复。\n三、行政复议\n"
            "2020年，本局被申请行政复议3件，均维持。\n四、行政诉讼\n2020年未发生行政诉讼。\n五、申诉\n无。\n")
    res = parse_tables(text)
    assert res.values() == {}


@pytest.mark.parametrize("sep", ["\t", " | ", "\n"])
def test_total_only_table_with_slash_zeros(sep: str) -> None:
    """Table 三 printing only its 总计 column, '/' for its zeros: each '/' is proven 0 by the group sums."""
    rows = [sep.join(labels + ["/" if vals[-1] == 0 else str(vals[-1])]) for labels, vals, _ in forms.ROWS]
    case = "\n".join("\t".join(h) for h in forms.CASE_HEADER) + "\n" + "\t".join(map(str, forms.CASE_VALUES)) + "\n"
    text = forms.INTRO + forms.H3 + sep.join(["项目", "总计"]) + "\n" + "\n".join(rows) + "\n" + forms.H4 + case + forms.OUTRO
    res = parse_tables(text)
    expected = {k: v for k, v in forms.EXPECTED.items() if not k.startswith("requests.applicant")}
    assert {k: res.values().get(k) for k in expected} == expected
    assert res.status == "parsed", res.warnings
