"""2019+ reports that state their figures in prose, not in a table: the form's row labels occur in
the sentences word for word (本年新收政府信息公开申请156件，上年结转9件), and the table parser must not
read them as rows, must not report a table (no template, no warnings about headers), and must not
claim the prose as a table region (the prose extractor skips regions). Every paragraph here is
self-written and fictional, in the styles such reports use."""
from __future__ import annotations

import re

import pytest

from infer.lexicon import traditional_variants
from infer.tables import parse_tables
from infer.tables.normalize import shadow
from infer.tables.prose import in_sentence, states_figures
from tests.fixtures.tables import forms, unseen

#: prose paragraphs of prose-only 2019+ reports, in several styles
PROSE = {
    "comma": ("（二）依申请公开情况。本年新收政府信息公开申请218件，上年结转6件。其中自然人申请197件，"
              "法人或其他组织申请21件。全年办结215件，其中予以公开96件，部分公开37件，不予公开12件，"
              "无法提供44件，不予处理9件，其他处理17件；结转下年度继续办理9件。"),
    "enumeration": ("本年度共受理政府信息公开申请84件，上年度结转3件。办理结果为：予以公开41件、部分公开13件、"
                    "不予公开5件（其中属于国家秘密1件、属于三类内部事务信息2件、属于四类过程性信息2件）、"
                    "无法提供18件、不予处理4件、其他处理3件，另有3件结转下年度继续办理。"),
    "results_semicolons": ("本年度办理结果：予以公开27件；部分公开8件；不予公开2件；无法提供11件；不予处理1件；"
                           "其他处理2件。上年结转政府信息公开申请1件，结转下年度继续办理0件。"),
    "count_first": ("全年新收到申请103件，有62件予以公开，21件部分公开，8件不予公开，12件属于本机关不掌握"
                    "相关政府信息的情形，另有7件结转下年度继续办理。"),
    "chinese_numerals": "本年新收政府信息公开申请五件，上年结转一件，予以公开三件，部分公开两件，不予处理一件。",
    "no_units": "本年新收申请数为156，上年结转9，予以公开62，部分公开21，不予公开8，无法提供40，不予处理11。",
    "ascii_punctuation": "本年新收政府信息公开申请156件, 上年结转9件; 予以公开62件, 部分公开21件, 不予公开8件.",
    "traditional": ("本年新收政府資訊公開申請132件，上年結轉4件。全年辦結130件，其中予以公開58件，部分公開19件，"
                    "不予公開6件，無法提供31件，不予處理9件，其他處理7件；另有6件結轉下年度繼續辦理。"),
    "zero_year": ("本年度本机关本年新收政府信息公开申请0件，上年结转0件，予以公开0件，部分公开0件，"
                  "结转下年度继续办理0件。"),
}
PROSE["traditional_converted"] = traditional_variants(PROSE["enumeration"])[0]
#: one figure per line, as a list: not a sentence, but one number per label is not a table row either
PROSE["list"] = ("依申请公开情况如下：\n1.本年新收政府信息公开申请：45件\n2.上年结转：2件\n3.予以公开：21件\n"
                 "4.部分公开：6件\n5.不予公开：4件\n6.结转下年度继续办理：2件")
#: a list whose items are not all row labels (上年度转入): the next item's number 2. is no cell
PROSE["list_other_words"] = ("1.本年新收申请：45件\n2.上年度转入：2件\n3.予以公开：21件\n4.部分公开：6件\n"
                             "5.依法不予公开：4件\n6.转入下年度办理：2件")

CASE_PROSE = ("全年因政府信息公开被申请行政复议3件，复议机关维持原答复2件，纠正1件；被提起行政诉讼2件，"
              "法院判决维持1件，尚未审结1件。")


def _report(paragraph: str) -> str:
    return ("滨河县2022年政府信息公开工作年度报告\n一、总体情况\n" + paragraph + "\n二、政府信息公开行政复议、"
            "行政诉讼情况\n" + CASE_PROSE + "\n三、存在的主要问题及改进情况\n个别答复文书不够规范。\n")


def _wrapped(paragraph: str, width: int) -> str:
    """The paragraph hard-wrapped as PDF-to-text converters print it (a newline every ``width``)."""
    return "\n".join(paragraph[i:i + width] for i in range(0, len(paragraph), width))


def _overlaps(regions: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    return [(a, b) for a, b in regions if a < end and start < b]


def _assert_no_table(text: str) -> None:
    res = parse_tables(text)
    assert (res.status, res.template, res.facts) == ("absent", None, []), res.warnings
    assert res.regions == [] and res.cells == {} and res.warnings == []


@pytest.mark.parametrize("style", sorted(PROSE))
def test_prose_paragraph_is_not_a_table(style: str) -> None:
    _assert_no_table(_report(PROSE[style]))


@pytest.mark.parametrize("style", sorted(PROSE))
@pytest.mark.parametrize("width", [17, 31])
def test_hard_wrapped_prose_is_not_a_table(style: str, width: int) -> None:
    """Wrapped lines put labels at line ends and counts at line starts, where a line alone looks
    like a one-cell-per-line row; still no table."""
    _assert_no_table(_report(_wrapped(PROSE[style], width)))


def test_prose_under_the_forms_numbered_headings_is_absent_not_missing() -> None:
    """The 2019+ outline (三、收到和处理… / 四、…行政复议…) with prose in place of the tables is a report
    without tables, not one whose tables were lost (``missing`` would warn the user about images)."""
    text = (forms.INTRO + forms.H3 + PROSE["comma"] + "\n" + forms.H4 + CASE_PROSE + "\n" + forms.OUTRO)
    _assert_no_table(text)
    text = forms.INTRO + forms.H3 + "本年度未收到政府信息公开申请。\n" + forms.H4 + "未发生行政复议、行政诉讼。\n"
    _assert_no_table(text + forms.OUTRO)


def test_empty_table_section_is_still_missing() -> None:
    """The heading and nothing after it (the table was an image): ``missing``, with its warning."""
    for body in ("", "[图片]\n", "详见下表。\n", "2021年度情况见下图。\n"):
        res = parse_tables(forms.INTRO + forms.H3 + body + forms.H4 + forms.OUTRO)
        assert (res.status, res.facts, res.regions) == ("missing", [], []) and res.warnings


def _mixed(table_report: str, paragraph: str) -> tuple[str, list[tuple[int, int]]]:
    """``table_report`` with ``paragraph`` in four places (the overview, between the table heading and
    the table, after table 三, after table 四) and :data:`CASE_PROSE` between table 四's heading and
    the table. Returns the text and the prose spans."""
    def insert(text: str, before: str, what: str, after: bool = False) -> str:
        at = text.index(before) + (len(before) if after else 0)
        return text[:at] + what + "\n" + text[at:]

    text = insert(table_report, forms.INTRO, paragraph, after=True)
    text = insert(text, "三、收到和处理政府信息公开申请情况\n", paragraph, after=True)
    text = insert(text, "四、政府信息公开行政复议、行政诉讼情况\n", paragraph)
    text = insert(text, "四、政府信息公开行政复议、行政诉讼情况\n", CASE_PROSE, after=True)
    text = insert(text, "五、存在的主要问题", paragraph)
    spans = [(m.start(), m.end()) for m in re.finditer(re.escape(paragraph), text)]
    spans.append((text.index(CASE_PROSE), text.index(CASE_PROSE) + len(CASE_PROSE)))
    assert len(spans) == 5
    return text, spans


def _assert_table_and_free_prose(text: str, spans: list[tuple[int, int]], expected: dict) -> None:
    res = parse_tables(text)
    assert res.status == "parsed", res.warnings
    got = res.values()
    assert {k: got.get(k) for k in expected} == expected
    for a, b in spans:
        assert not _overlaps(res.regions, a, b), (text[a:b], res.regions)
    assert not any(a <= f.start < b for f in res.facts for a, b in spans)
    assert not [w for w in res.warnings if "copy" in w or "copies" in w], res.warnings


@pytest.mark.parametrize("layout", ["tab", "pipe", "lines", "glued"])
@pytest.mark.parametrize("style", ["comma", "enumeration", "results_semicolons", "traditional"])
def test_report_with_prose_and_a_table(layout: str, style: str) -> None:
    text, spans = _mixed(forms.render(layout), PROSE[style])
    _assert_table_and_free_prose(text, spans, forms.EXPECTED)


@pytest.mark.parametrize("layout", ["space", "markdown", "grid", "csv", "label_newline"])
def test_report_with_prose_and_an_unseen_layout_table(layout: str) -> None:
    text, spans = _mixed(unseen.render_text(layout), PROSE["comma"])
    _assert_table_and_free_prose(text, spans, forms.EXPECTED)


def test_unnumbered_table_after_prose_with_the_same_labels() -> None:
    """Row labels without numbering tie with the prose's labels; the earlier (prose) ones must not
    be taken for the table's rows."""
    table = forms.render("tab")
    a, b = table.index(forms.H3) + len(forms.H3), table.index(forms.H4)
    table = table[:a] + re.sub(r"(?m)^(?:[一二三四]、|（[一二三四五六七]）)", "", table[a:b]) + table[b:]
    text, spans = _mixed(table, PROSE["comma"])
    _assert_table_and_free_prose(text, spans, {k: forms.EXPECTED[k] for k in
                                               ("requests.received", "requests.outcome.disclosed",
                                                "requests.outcome.partial", "requests.outcome.total")})


@pytest.mark.parametrize("label_then, sentence", [
    ("本年新收政府信息公开申请156件，上年结转", True),
    ("予以公开62件、部分公开", True),
    ("上年结转9件。", True),
    ("予以公开两件，部分公开", True),
    ("予以公开62，部分公开", True),
    ("本年新收申请156件其中", True),
    ("不予公开5件（其中属于", True),
    ("属于四类过程性信息3件），无法提供", True),
    ("予以公开62；部分公开", True),
    ("予以公开1,234件", False),
    ("予以公开 1,234 | 5 |", False),
    ("予以公开\n71件（二）部分公开", False),
    ("不予处理”的适用把握不准。", True),
    ("本年新收政府信息公开申请数量21710000218二、上年结转", False),
    ("本年新收政府信息公开申请数量217件二、上年结转", False),
    ("属于国家秘密40000042.其他法律", False),
    ("属于国家秘密00000004、保护第三方", False),
    ("部分公开（区分处理的，只计这一情形，不计其他情形）\t5\t0", False),
    ("逾期不补正、行政机关不再处理其政府信息公开申请 1000001", False),
    ("予以公开\n57件\n2件\n", False),
    ("予以公开 | 62 | 0 |", False),
    ("不予公开\n1.属于国家秘密\n4\n", False),
])
def test_in_sentence(label_then: str, sentence: bool) -> None:
    """What follows the label's core (matched at the start) decides."""
    core = re.match(r"本年新收|予以公开|上年结转|部分公开|不予处理|属于国家秘密|逾期不补正|不予公开|属于四类过程性信息",
                    label_then)
    # the parser looks at its shadow, where ，；（ are folded to , ; (
    assert in_sentence(shadow(label_then), core.end()) is sentence
    assert in_sentence(label_then, core.end()) is sentence


def test_states_figures() -> None:
    assert states_figures("本年度收到申请3件。") and states_figures("收到申请两件。")
    assert states_figures("本年度未收到政府信息公开申请。")
    assert not states_figures("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\n自然人\t总计\n")
    assert not states_figures("[图片]\n") and not states_figures("详见下表。")
    assert not states_figures("2020年度收到和处理政府信息公开申请情况见下表（统计至12月31日）：\n")
    assert states_figures("2020年收到申请12件。")
