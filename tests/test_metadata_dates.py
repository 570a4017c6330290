"""Publication dates in the shapes portals and PDFs print them, and the report's form when the scraper
dropped its table (infer/metadata.py). Every report here is invented for these tests."""
from __future__ import annotations

import pytest

from infer.metadata import read_metadata

TITLE = "青石县交通运输局2021年政府信息公开工作年度报告\n"
BODY = "一、总体情况\n2021年，本局依法做好政府信息公开工作。\n" + "本局持续推进公开。" * 40 + "\n"


def _published(text: str):
    meta = read_metadata(text)
    if meta.published is not None:
        assert text[meta.published.start:meta.published.end] == meta.published.text
    return meta.published


@pytest.mark.parametrize("header", [
    "发布日期：2022-01-20",
    "发布日期:2022/1/20",
    "发布日期 2022.01.20",
    "發布日期：2022年1月20日",
    "发布时间：2022-01-20 09:30:00",
    "发布时间：2022-01-2009:30",  # a time glued on
    "发布日期\n2022-01-20",  # the value on the next line
    "发布日期：\n  2022年01月20日",
    "发布日期\t2022-01-20",  # a two-cell row of a header table
    "| 发布日期 | 2022-01-20 |",
    "【发布日期】2022-01-20",
    "发布时间：[2022-01-20]",
    "发布日期：（2022年1月20日）",
    "索引号：11000/2022-00012 来源：青石县交通运输局 发布时间：2022-01-20 浏览次数：35",
    "来源：青石县交通运输局时间：2022-01-20",  # labels glued together on one line
    "发布日期：二〇二二年一月二十日",
    "发布日期：２０２２年１月２０日",
])
def test_labelled_header_date_shapes(header: str) -> None:
    d = _published(TITLE + header + "\n" + BODY)
    assert d is not None and d.value == "2022-01-20" and d.source == "header"


def test_header_table_with_labels_above_values() -> None:
    header = "索引号\t发布机构\t发布日期\n11000/2022-00012\t青石县交通运输局\t2022-01-20\n"
    assert _published(TITLE + header + BODY).value == "2022-01-20"


def test_publication_date_wins_over_the_date_written_and_the_signature() -> None:
    text = (TITLE + "成文日期：2022-01-12\n发布日期：2022-01-20\n" + BODY + "\n青石县交通运输局\n2022年1月10日\n")
    assert _published(text).value == "2022-01-20"
    text = TITLE + "成文日期：2022-01-12\n" + BODY + "\n青石县交通运输局\n2022年1月10日\n"
    assert _published(text).value == "2022-01-12"


@pytest.mark.parametrize("ending", [
    "\n青石县交通运输局\n2022年1月18日\n",
    "\n青石县交通运输局 2022年1月18日\n",
    "持续改进工作。青石县交通运输局2022年1月18日",  # glued on the last sentence
    "\n青石县交通运输局\n2022年1月18日\n- 7 -\n",
    "\n青石县交通运输局\n2022年1月18日    第 7 页 共 7 页\n",
    "\n青石县交通运输局\n2022年1月18日\n【打印本页】【关闭窗口】\n",
    "\n青石县交通运输局 2022-01-18 打印 关闭\n",
    "\n青石县交通运输局\n2022年1月18日附件：统计表.xls\n",
    "\n青石县交通运输局\n二〇二二年一月十八日\n",
    "\n青石县交通运输局\n二Ｏ二二年一月十八日\n",
])
def test_signature_date_shapes(ending: str) -> None:
    d = _published(TITLE + BODY + ending)
    assert d is not None and d.value == "2022-01-18" and d.source == "signature"
    assert read_metadata(TITLE + BODY + ending).issuer.text == "青石县交通运输局"


def test_signature_names_the_issuer_when_nothing_else_does() -> None:
    text = BODY + "\n  青石县交通运输局  \n  2022年1月18日  \n"
    meta = read_metadata(text)
    assert meta.issuer.text == "青石县交通运输局" and meta.issuer.source == "signature"
    glued = BODY + "加强培训。青石县交通运输局2022年1月18日"
    assert read_metadata(glued).issuer.text == "青石县交通运输局"


@pytest.mark.parametrize("ending", [
    "\n本报告所列数据的统计期限为2021年1月1日至2021年12月31日\n",  # the statistics period
    "\n请于2021年10月31日前报送。\n",  # a deadline
    "\n《青石县政务公开办法》自2021年3月1日起施行。\n",  # a regulation's date
    "\n统计时间：2021年12月31日\n",
    "\n截止日期：2022年1月31日\n",
    "\n申请人于2022年1月5日\n",  # a date inside a sentence, not a signature
])
def test_dates_that_are_not_the_publication(ending: str) -> None:
    assert _published(TITLE + BODY + ending) is None


def test_portal_crawl_and_update_labels_are_not_publication() -> None:
    text = TITLE + "访问时间：2024-05-01\n更新时间：2023-03-01\n" + BODY
    assert _published(text) is None


# --- the form when the table is missing ---------------------------------------------------------

_FORM_SECTIONS = ("一、总体情况\n本机关依法公开。\n二、主动公开政府信息情况\n（表格略）\n"
                  "三、收到和处理政府信息公开申请情况\n（表格略）\n四、政府信息公开行政复议、行政诉讼情况\n（表格略）\n"
                  "五、存在的主要问题及改进情况\n继续改进。\n六、其他需要报告的事项\n无。\n")


@pytest.mark.parametrize(("year", "form"), [(2019, "2019"), (2020, "2019"), (2021, "2021"), (2024, "2021")])
def test_dropped_table_keeps_the_form_of_its_year(year: int, form: str) -> None:
    text = f"青石县交通运输局{year}年政府信息公开工作年度报告\n" + _FORM_SECTIONS
    meta = read_metadata(text)
    assert meta.template.value == form and meta.template.source == "headings"
    assert text[meta.template.start:meta.template.end] == meta.template.text


def test_form_headings_in_traditional_script_with_taiwan_wording() -> None:
    text = ("青石縣交通運輸局2022年政府資訊公開工作年度報告\n一、總體情況\n二、收到和處理政府資訊公開申請情況\n"
            "本局全年收到申請3件。\n三、政府資訊公開行政複議、行政訴訟情況\n未發生。\n")
    assert read_metadata(text).template.value == "2021"


def test_pre2019_outline_and_unknown_year_have_no_form() -> None:
    old = ("青石县交通运输局2017年政府信息公开工作年度报告\n一、概述\n二、主动公开政府信息情况\n三、依申请公开政府信息情况\n"
           "四、因政府信息公开申请行政复议、提起行政诉讼的情况\n无。\n")
    assert read_metadata(old).template is None
    no_year = "一、总体情况\n三、收到和处理政府信息公开申请情况\n（表格略）\n"
    assert read_metadata(no_year).template is None


def test_a_parsed_table_decides_over_the_headings() -> None:
    class Table:
        template, regions, facts, ambiguous = "2021", [(0, 5)], ["a cell read"], []

    text = "青石县交通运输局2020年政府信息公开工作年度报告\n" + _FORM_SECTIONS
    meta = read_metadata(text, Table())
    assert meta.template.value == "2021" and meta.template.source == "table"


@pytest.mark.parametrize("under", ["\n\n（2022年1月20日）\n", "（2022年1月20日）", "\n2022年1月20日\n"])
def test_date_set_under_the_title(under: str) -> None:
    d = _published(TITLE.rstrip("\n") + under + BODY)
    assert d is not None and d.value == "2022-01-20" and d.source == "title" and d.text == "2022年1月20日"


def test_a_date_sentence_under_the_title_is_not_the_publication() -> None:
    text = TITLE + "2022年1月20日，本局召开会议部署公开工作。\n" + BODY
    assert _published(text) is None


def test_signature_before_the_attachments() -> None:
    attachment = "附件：\n青石县交通运输局2021年政府信息公开情况统计表\n统计指标\t单位\t统计数\n" + "收到申请数\t件\t3\n" * 60
    text = TITLE + BODY + "\n青石县交通运输局\n2022年1月18日\n\n" + attachment
    d = _published(text)
    assert d is not None and d.value == "2022-01-18" and d.source == "signature"
    unsigned = TITLE + BODY + "\n2022年1月18日\n\n" + attachment  # no name: a date line amid the body
    assert _published(unsigned) is None


def test_a_form_named_with_nothing_read_yields_to_the_headings() -> None:
    class NothingRead:
        template, regions, facts, ambiguous = "pre2019", [(0, 5)], [], []

    text = "青石县交通运输局2021年政府信息公开工作年度报告\n" + _FORM_SECTIONS
    meta = read_metadata(text, NothingRead())
    assert meta.template.value == "2021" and meta.template.source == "headings"
    old = "青石县交通运输局2017年政府信息公开工作年度报告\n附表：统计表\n指标\t单位\n"
    assert read_metadata(old, NothingRead()).template.value == "pre2019"  # an old report keeps its 附表


def test_headings_of_the_forms_with_and_or_without_the_comma() -> None:
    for heading in ("四、政府信息公开行政复议和行政诉讼情况", "五、存在的主要问题及改进情况"):
        text = f"青石县交通运输局2022年政府信息公开工作年度报告\n一、总体情况\n本局依法公开。\n{heading}\n无。\n"
        assert read_metadata(text).template.value == "2021", heading


@pytest.mark.parametrize("ending", [
    "其他事项无。青石县交通运输局\n2022年1月18日",  # the name glued on the last sentence, the date below
    "\n青石县交通运输局\n2022年1月18日（此件公开发布）\n",
    "\n青石县交通运输局\n2022年1月18日\n（盖章）\n",
])
def test_more_signature_shapes(ending: str) -> None:
    d = _published(TITLE + BODY + ending)
    assert d is not None and d.value == "2022-01-18" and d.source == "signature"
    assert read_metadata(BODY + ending).issuer.text == "青石县交通运输局"


@pytest.mark.parametrize(("columns", "form"), [
    ("信息内容\t本年制发件数\t本年废止件数\t现行有效件数", "2021"),
    ("信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量", "2019"),
])
def test_table_two_wording_names_the_form_whatever_the_year(columns: str, form: str) -> None:
    text = "一、总体情况\n本局依法公开。\n二、主动公开政府信息情况\n" + columns + "\n规章\t0\t0\t0\n"
    meta = read_metadata(text)
    assert meta.template.value == form and meta.template.source == "headings"
