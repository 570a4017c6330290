"""The issuing body in unusual positions (infer/metadata.py): titles split, year-first or with 关于,
site junk before the title, names only in the opening, a header or a signature; never a portal's name
or a superior body. Every report here is invented for these tests."""
from __future__ import annotations

import pytest

from infer.metadata import read_metadata

BODY = "\n一、总体情况\n本局依法做好政府信息公开工作。\n" + "本局持续推进公开。" * 40 + "\n"


def _issuer(text: str):
    meta = read_metadata(text)
    if meta.issuer is not None:
        assert text[meta.issuer.start:meta.issuer.end] == meta.issuer.text
    return meta.issuer


@pytest.mark.parametrize("title", [
    "青石县交通运输局\n2021年政府信息公开工作年度报告",  # the name on its own line above
    "青石县交通运输局\n\n2021年度政府信息公开工作年度报告",
    "青石县交通运输局2021年\n政府信息公开工作年度报告",  # broken after the year
    "2021年青石县交通运输局政府信息公开工作年度报告",  # year first
    "2021年度 青石县交通运输局 政府信息公开工作年度报告",
    "关于青石县交通运输局2021年政府信息公开工作年度报告",
    "青石县交通运输局关于2021年度政府信息公开工作年度报告的公告",
    "青石县交通运输局关于印发2021年政府信息公开工作年度报告的通知",
    "首页 > 政务公开 > 年报 > 青石县交通运输局2021年政府信息公开工作年度报告",
    "当前位置：首页>>信息公开>>青石县交通运输局2021年政府信息公开工作年度报告",
    "青石县人民政府门户网站青石县交通运输局2021年政府信息公开工作年度报告",  # a portal's banner glued on
    "政府信息公开年报青石县交通运输局2021年政府信息公开工作年度报告",
])
def test_title_shapes(title: str) -> None:
    issuer = _issuer(title + BODY)
    assert issuer is not None and issuer.text == "青石县交通运输局", title
    assert read_metadata(title + BODY).year.value == 2021


@pytest.mark.parametrize("opening", [
    "本报告由青石县交通运输局根据《中华人民共和国政府信息公开条例》要求编制。",
    "青石县交通运输局根据《中华人民共和国政府信息公开条例》规定，编制本年度报告。",
    "依据条例，青石县交通运输局编制了本年度报告。",
    "2021年，我局（青石县交通运输局）坚持依法公开。",
    "青石县交通运输局（以下简称“我局”）高度重视政府信息公开工作。",
    "2021年，在县委、县政府的正确领导下，青石县交通运输局坚持依法公开。",
])
def test_name_only_in_the_opening(opening: str) -> None:
    text = opening + "本报告所列数据的统计期限为2021年1月1日至12月31日。" + BODY
    issuer = _issuer(text)
    assert issuer is not None and issuer.text == "青石县交通运输局", opening


@pytest.mark.parametrize("opening", [
    "2021年，在市委、市政府的坚强领导下，我局认真落实条例。",
    "2021年，市委、市政府高度重视政务公开，我局积极落实。",
    "2021年，在上级部门的指导下，本机关扎实推进公开。",
])
def test_superior_bodies_in_the_opening_are_not_the_issuer(opening: str) -> None:
    assert _issuer(opening + BODY) is None


@pytest.mark.parametrize("header", [
    "发布机构：青石县交通运输局\n",
    "发布机构 青石县交通运输局\n",
    "发布机构\t青石县交通运输局\n",
    "| 发布机构 | 青石县交通运输局 |\n",
    "索引号\t发布机构\t发布日期\n11000/2022-00012\t青石县交通运输局\t2022-01-20\n",
    "信息来源：青石县交通运输局  发布时间：2022-01-20\n",
])
def test_name_only_in_a_header(header: str) -> None:
    issuer = _issuer(header + BODY)
    assert issuer is not None and issuer.text == "青石县交通运输局" and issuer.source == "header", header


@pytest.mark.parametrize("header", [
    "来源：青石县人民政府门户网站\n",
    "来源：青石县人民政府网\n",
    "发布机构：青石县人民政府门户网站\n",
])
def test_a_portal_is_not_the_issuer(header: str) -> None:
    assert _issuer(header + BODY) is None


@pytest.mark.parametrize(("title", "year"), [
    ("青石县交通运输局二〇二一年政府信息公开工作年度报告", 2021),  # the year in Chinese numerals
    ("二〇二一年度青石县交通运输局政府信息公开工作年度报告", 2021),
    ("青石县交通运输局关于2021年度政府信息公开工作情况的报告", 2021),  # a report to a superior
    ("青石县交通运输局2021年政府信息公开工作情况报告", 2021),
])
def test_more_title_wordings(title: str, year: int) -> None:
    meta = read_metadata(title + BODY)
    assert meta.issuer.text == "青石县交通运输局" and meta.issuer.source == "title"
    assert meta.year.value == year


def test_title_without_a_year_still_names_the_body() -> None:
    text = ("青石县人民政府政府信息公开工作年度报告\n发布日期：2022-02-10\n\n本报告所列数据的统计期限自2021年1月1日"
            "起至2021年12月31日止，由县政府办公室汇总编制。" + BODY)
    meta = read_metadata(text)
    assert meta.issuer.text == "青石县人民政府" and meta.issuer.source == "title"
    assert meta.year.value == 2021 and meta.year.source == "statistics_period"


def test_opening_sentence_stating_the_report_names_the_body() -> None:
    text = "根据条例规定，现将青石县白水乡人民政府2021年政府信息公开工作情况报告如下。" + BODY
    assert _issuer(text).text == "青石县白水乡人民政府"


def test_an_office_in_charge_of_the_work_is_not_the_author() -> None:
    text = ("标　　题：2022年度政府信息公开工作年度报告\n发布机构：青石县白水镇人民政府\n\n"
            "本机关的政府信息公开工作由党政办公室具体负责，全年在县政府网站发布各类信息。" + BODY)
    issuer = _issuer(text)
    assert issuer.text == "青石县白水镇人民政府" and issuer.source == "header"


def test_header_label_with_its_value_on_the_next_line() -> None:
    text = "发布机构\n青石县交通运输局\n发布日期\n2022年1月20日\n" + BODY
    meta = read_metadata(text)
    assert meta.issuer.text == "青石县交通运输局" and meta.published.value == "2022-01-20"


def test_breadcrumb_names_the_body_when_nothing_else_does() -> None:
    text = ("您当前的位置：首页 > 青石县人民政府 > 白水区人民政府 > 政务公开 > 政府信息公开年度报告\n"
            "2021年政府信息公开工作年度报告\n本报告由本区人民政府办公室编制。" + BODY)
    issuer = _issuer(text)
    assert issuer.text == "白水区人民政府" and issuer.source == "breadcrumb"  # the most specific body
    assert _issuer("首页 > 政务公开 > 年报\n" + BODY) is None


@pytest.mark.parametrize("front", [
    "发布机构：青石县交通运输局\n发布日期：2022-01-20\n\n",
    "| 发布机构 | 青石县交通运输局 | 发布日期 | 2022-01-20 |\n\n",
    "[信息来源]青石县交通运输局\n\n",
    "青石县交通运输局门户网站\n首页 | 政务公开\n\n",  # a site banner
])
def test_issuer_evidence_is_the_title_not_a_header_or_banner(front: str) -> None:
    text = front + "青石县交通运输局2021年政府信息公开工作年度报告\n" + BODY
    issuer = _issuer(text)
    assert issuer.text == "青石县交通运输局" and issuer.start == text.index("青石县交通运输局2021")
    # in the opening's sentence it is where the report first states the name
    text = front + "根据条例，青石县交通运输局编写了《青石县交通运输局2021年政府信息公开工作年度报告》。" + BODY
    assert _issuer(text).start == text.index("青石县交通运输局编写")


@pytest.mark.parametrize(("title", "ending", "normalized"), [
    ("市统计局2021年政府信息公开工作年度报告", "\n云岭市统计局\n2022年1月18日\n", "云岭市统计局"),
    ("统计局2021年政府信息公开工作年度报告", "\n云岭市统计局\n2022年1月18日\n", "云岭市统计局"),
    ("云岭市统计局2021年政府信息公开工作年度报告", "\n统计局\n2022年1月18日\n", "云岭市统计局"),
])
def test_normalised_name_takes_the_region_the_report_writes_elsewhere(title: str, ending: str,
                                                                       normalized: str) -> None:
    issuer = _issuer(title + BODY + ending)
    assert issuer.source == "title" and issuer.normalized == normalized


def test_a_quoted_document_about_reports_is_not_this_reports_title() -> None:
    text = ("按照《青石市人民政府办公室关于印发青石市2021年政府信息公开工作年度报告格式的通知》要求，"
            "青石县交通运输局编制了本报告。" + BODY)
    assert _issuer(text).text == "青石县交通运输局"


def test_a_body_name_ends_before_a_clause_word() -> None:
    text = "2021年，青石县交通运输局在县委、县政府的领导下，坚持依法公开。" + BODY
    assert _issuer(text).text == "青石县交通运输局"


def test_the_name_after_an_inner_verb() -> None:
    text = "根据条例，现由县政府办公室发布青石县2021年政府信息公开工作年度报告。" + BODY
    assert _issuer(text).text == "青石县"


def test_first_sentence_glued_to_its_heading_in_a_flattened_text() -> None:
    text = "根据条例，我局编写了本年度报告。一、总体情况2021年，县交通运输局坚持依法公开。" + "本局持续推进公开。" * 30
    issuer = _issuer(text)
    assert issuer.text == "县交通运输局" and issuer.source == "body"
