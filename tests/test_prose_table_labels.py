"""Rule ``table_labels``: a table's header lines (column labels above its numbers) are not prose.

Every passage is invented for this test (bodies, figures and wording); the table rows use the national
form's own column labels, in the layouts scraping leaves: pipe rows, TAB rows, one cell per line.
"""
from __future__ import annotations

from infer.prose.linker import link
from infer.prose.rules.table_labels import header_ranges
from tests.test_linker import mark

_CASE_HEADER_PIPE = (
    "| 行政复议 | 行政诉讼 |\n"
    "| [结果维持|RESULT] | [结果纠正|RESULT] | [其他结果|RESULT] | [尚未审结|RESULT] | 总计 | 未经复议直接起诉 | 复议后起诉 |\n"
    "| [结果维持|RESULT] | [结果纠正|RESULT] | [其他结果|RESULT] | [尚未审结|RESULT] | 总计 |\n"
    "| 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 1 | 1 |\n"
)
_CASE_HEADER_TAB = "\n".join("\t".join(c.strip() for c in line.strip("| ").split(" | "))
                             for line in _CASE_HEADER_PIPE.splitlines()) + "\n"


def _facts(marked: str) -> dict[str, float]:
    text, spans = mark(marked)
    got: dict[str, float] = {}
    for f in link(text, spans):
        assert text[f.start:f.end] == f.text
        assert f.field not in got, f"two values for {f.field}"
        got[f.field] = float(f.value)
    return got


def test_pipe_header_after_a_lawsuit_sentence_gives_no_results():
    marked = ("　　本年度本委被提起[行政诉讼|CASE][1|COUNT]件，目前法院仍在[审理中|RESULT]。\n\n" + _CASE_HEADER_PIPE
              + "\n五、存在的主要问题\n")
    assert _facts(marked) == {"litigation.total": 1, "litigation.pending": 1}


def test_tab_header_after_a_lawsuit_sentence_gives_no_results():
    marked = ("　　全年被提起[行政诉讼|CASE][1|COUNT]件，经审理[判决驳回|RESULT]原告诉讼请求。\n\n" + _CASE_HEADER_TAB)
    assert "\t" in marked
    assert _facts(marked) == {"litigation.total": 1, "litigation.upheld": 1}


def test_one_cell_per_line_header_gives_no_results():
    cells = ["行政复议", "行政诉讼", "[结果维持|RESULT]", "[结果纠正|RESULT]", "[其他结果|RESULT]", "[尚未审结|RESULT]",
             "总计", "0", "0", "0", "0", "0", "1", "0", "0", "0", "1"]
    marked = "　　本年度被提起[行政诉讼|CASE][1|COUNT]件。\n\n" + "\n".join(cells) + "\n"
    assert _facts(marked) == {"litigation.total": 1}


def test_prose_lines_and_headings_stay_prose():
    text = ("四、行政复议、行政诉讼情况\n"
            "本年度被申请行政复议2件，均维持。\n"
            "| 说明 | 本年度未收取费用。 |\n")
    assert header_ranges(text) == []


def test_label_row_without_a_numeric_row_stays():
    """Separated cells with no numbers anywhere near are not known to be a table."""
    assert header_ranges("| 行政复议 | 行政诉讼 |\n| 结果维持 | 结果纠正 |\n\n本年度未发生复议案件。\n") == []


def test_short_lines_without_numbers_are_not_a_table():
    """A title block (short lines, no numbers) is left alone."""
    text = "南岭县水务局\n政府信息公开工作\n年度报告\n\n一、总体情况\n"
    assert header_ranges(text) == []


def test_header_ranges_cover_only_the_label_lines():
    text, _ = mark(_CASE_HEADER_PIPE)
    got = [text[a:b] for a, b in header_ranges(text)]
    assert len(got) == 3 and all("结果维持" in g or "行政复议" in g for g in got)
    assert not any(any(ch.isdigit() for ch in g) for g in got)


def test_space_separated_header_gives_no_results():
    marked = ("　　本年度被提起[行政诉讼|CASE][1|COUNT]件，法院已受理，尚未[开庭|RESULT]。\n"
              "行政复议 行政诉讼\n"
              "[结果维持|RESULT] [结果纠正|RESULT] [其他结果|RESULT] [尚未审结|RESULT] 总计\n"
              "0 0 0 0 0 0 0 0 1 1 0 0 0 0 0\n")
    got = _facts(marked)
    assert "litigation.upheld" not in got and "litigation.corrected" not in got and "litigation.other" not in got


def test_spaced_prose_is_not_a_label_row():
    """A prose line with spaces in it (scraped indentation, spaced-out words) holds digits or punctuation."""
    text = "全年 共 收到 申请 12 件\n0 0 0 1\n"
    assert header_ranges(text) == []
