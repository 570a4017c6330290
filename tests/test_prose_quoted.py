"""Rule ``quoted``: numbers inside a short quotation (a slogan, a campaign or hotline name) are not counts.

Every passage is invented for this test.
"""
from __future__ import annotations

import pytest

from infer.prose.rules.quoted import quoted_ranges
from tests.test_linker import facts_of


@pytest.mark.parametrize("marked", [
    "办理中坚持“[答复|ANSWERED][一|COUNT]件、见效[一|COUNT]件”的要求，确保件件有回音。",
    "继续推行「[受理|RECEIVED][一|COUNT]次、办结[一|COUNT]次」工作法。",
    "依托『[一|COUNT]个窗口[受理|RECEIVED]』机制，方便群众提出申请。",
])
def test_slogan_numbers_give_no_fact(marked: str):
    assert facts_of(marked) == {}


def test_count_after_the_slogan_is_kept():
    marked = "围绕“[答复|ANSWERED][一|COUNT]件、化解[一|COUNT]件”，全年[答复|ANSWERED]申请[41|COUNT]件。"
    assert facts_of(marked) == {"requests.outcome.total": 41}


def test_zero_in_quotes_states_what_happened():
    marked = "本年度实现“[零|ZERO][行政复议|CASE]、[零|ZERO][行政诉讼|CASE]”。"
    assert facts_of(marked) == {"review.total": 0, "litigation.total": 0}


def test_long_quotation_is_a_passage_not_a_slogan():
    text = "申请人来信称“本人于去年向贵局提交的三件申请至今尚未收到任何书面答复意见”。"
    assert quoted_ranges(text) == []


def test_quotation_does_not_run_across_lines_or_full_stops():
    assert quoted_ranges("他说“收到2件。\n另有”3件") == []
    text = "推行“一窗受理”模式"
    (a, b), = quoted_ranges(text)
    assert text[a:b] == "一窗受理"


def test_ascii_quotes_pair_in_order_and_never_take_the_prose_between():
    long_quote = '"' + "这是一段相当长的引述文字用来说明情况而且超过了二十个字符" + '"'
    text = long_quote + "，全年收到申请12件，" + '"一窗受理"'
    got = [text[a:b] for a, b in quoted_ranges(text)]
    assert got == ["一窗受理"]
    assert quoted_ranges('他说"收到申请12件，') == []  # an odd count: no pair trusted
