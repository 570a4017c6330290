"""Report metadata (infer/metadata.py): issuer, region and level, reporting year, publication date,
template; each with offsets into the text and None when not stated. The example reports below are
written for these tests (fictional bodies and places); real reports are read from ../shared only."""
from __future__ import annotations

from pathlib import Path

import pytest

from infer.metadata import normalize_issuer, read_metadata
from infer.metadata_eval import score
from infer.pipeline import extract
from infer.textio import load_report

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "annotations" / "gold" / "corpus.json"


def _check_offsets(text: str, meta) -> None:
    for item in (meta.issuer, meta.region, meta.year, meta.published, meta.template):
        if item is not None:
            assert text[item.start:item.end] == item.text


def test_title_line_gives_issuer_region_level_and_year() -> None:
    text = ("云岭市青石县人民政府2021年政府信息公开工作年度报告\n发布时间：2022-01-28 09:30\n\n"
            "本报告根据《中华人民共和国政府信息公开条例》编制。本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。\n")
    meta = read_metadata(text)
    _check_offsets(text, meta)
    assert meta.issuer.text == "云岭市青石县人民政府" and meta.issuer.source == "title"
    assert meta.issuer.normalized == "云岭市青石县" and meta.issuer.kind == "government"
    assert meta.region.text == "云岭市青石县" and meta.region.level == "county"
    assert meta.year.value == 2021 and meta.year.source == "title"
    assert meta.published.value == "2022-01-28" and meta.published.source == "header"
    assert meta.template is None


def test_year_before_name_in_title_and_traditional_characters() -> None:
    text = "2018年東湖市政府信息公開工作年度報告\n\n根據《條例》的規定，現公布本報告。\n"
    meta = read_metadata(text)
    _check_offsets(text, meta)
    assert meta.issuer.text == "東湖市" and meta.region.level == "city"
    assert meta.year.value == 2018


def test_department_named_in_opening_and_signature_date() -> None:
    text = ("\n本年度报告根据有关规定，由山西省农业农村厅编制。本报告所列数据统计期限自2019年1月1日起至"
            "2019年12月31日止。\n一、概述\n2019年，我厅扎实推进政务公开。\n" + "正文。" * 50 +
            "\n\n山西省农业农村厅\n2020年2月14日\n")
    meta = read_metadata(text)
    _check_offsets(text, meta)
    assert meta.issuer.text == "山西省农业农村厅" and meta.issuer.source == "opening"
    assert meta.issuer.kind == "department"
    assert meta.region.text == "山西省" and meta.region.level == "province"
    assert meta.year.value == 2019 and meta.year.source == "statistics_period"
    assert meta.published.value == "2020-02-14" and meta.published.source == "signature"


def test_bare_province_prefix_is_completed_from_the_text_when_normalising() -> None:
    text = ("按照山西省的有关规定发布年度报告，所列数据的统计时段是2022年1月1日至12月31日。"
            "\n一、总体情况\n2022年，省农业农村厅坚持依法公开，不断提升服务水平。\n")
    meta = read_metadata(text)
    _check_offsets(text, meta)
    assert meta.issuer.text == "省农业农村厅" and meta.issuer.source == "body"
    assert meta.issuer.normalized == "山西省农业农村厅"
    assert meta.region is None  # the name as written names no region
    assert meta.year.value == 2022


def test_pronoun_is_not_an_issuer_and_nothing_stated_gives_none() -> None:
    text = "一、概述\n我厅认真贯彻条例，扎实推进各项工作。\n二、主动公开情况\n全年主动公开信息120条。\n"
    meta = read_metadata(text)
    assert meta.issuer is None and meta.year is None and meta.published is None and meta.region is None


def test_a_date_before_the_reporting_year_ends_is_not_the_publication_date() -> None:
    text = ("青石县2020年政府信息公开工作年度报告\n发布时间：2020-06-30\n统计期限为2020年1月1日至12月31日。\n")
    assert read_metadata(text).published is None


def test_region_only_subject_is_not_extended_into_the_verb() -> None:
    text = "本报告数据的统计时段为2020年1月1日至12月31日。\n一、总体情况\n2020年，青石区坚持以人民为中心，深化政务公开。\n"
    meta = read_metadata(text)
    assert meta.issuer.text == "青石区" and meta.issuer.kind == "government"


def test_words_with_unit_characters_are_not_regions() -> None:
    assert normalize_issuer("山西省住房和城乡建设厅") == ("山西省住房和城乡建设厅", "department")
    meta = read_metadata("山西省住房和城乡建设厅2019年政府信息公开工作年度报告\n")
    assert meta.region.text == "山西省"


def test_json_contract_has_report_object(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_text("云岭市青石县2017年政府信息公开工作年度报告\n来源：青石县政府办 发布时间：2018-02-01\n", encoding="utf-8")
    data = extract(path, use_model=False).to_json()
    rep = data["report"]
    assert set(rep) == {"issuer", "region", "year", "published", "template"}
    assert rep["year"]["value"] == 2017 and rep["published"]["value"] == "2018-02-01"
    assert rep["template"] is None


def test_seed_000_carries_year_2017_and_its_issuer_as_written(seed_paths) -> None:
    path = next(p for p in seed_paths if p.name.startswith("000_"))
    result = extract(path, use_model=False)
    text = load_report(path).text
    rep = result.report
    assert rep.year.value == 2017
    # stand-off gold: the issuer as the title writes it (offsets only; the name is not copied here)
    assert (rep.issuer.start, rep.issuer.end) == (53, 59) and rep.issuer.text == text[53:59]
    assert rep.published.value == "2018-03-26"


#: hand-checked stand-off metadata of the five seeds: issuer offsets, its source, level, year, publication
SEED_META = {
    "000_": ((53, 59), "title", "county", 2017, "2018-03-26"),
    "001_": ((230, 234), "body", "county", 2020, None),  # no title: the first sentence naming the district
    "002_": ((5, 8), "title", "city", 2017, None),  # year before the name in the title, traditional script
    "003_": ((0, 6), "title", "county", 2019, None),
    "004_": ((0, 10), "title", "county", 2020, None),  # X市Y區人民政府: a government, normalised to its region
}


@pytest.mark.parametrize("prefix", sorted(SEED_META))
def test_seed_metadata(seed_paths, prefix: str) -> None:
    path = next(p for p in seed_paths if p.name.startswith(prefix))
    text = load_report(path).text
    meta = read_metadata(text)
    _check_offsets(text, meta)
    span, source, level, year, published = SEED_META[prefix]
    assert (meta.issuer.start, meta.issuer.end, meta.issuer.source) == (*span, source)
    assert meta.region.level == level and meta.year.value == year
    assert (meta.published.value if meta.published else None) == published
    assert meta.issuer.kind == "government"


@pytest.mark.parametrize("split", ["dev"])
def test_corpus_metadata_accuracy_on_dev(shared_dir: Path, split: str) -> None:
    s = score(GOLD, shared_dir / "corpus" / "raw", split)
    assert s.total >= 25
    for key, floor in (("issuer", 0.9), ("year", 0.9), ("published", 0.9)):
        assert s.accuracy(key) >= floor, (key, s.errors)


def test_flat_table_has_report_columns(tmp_path: Path) -> None:
    from infer.batch.table import flat_columns, flatten

    path = tmp_path / "r.txt"
    path.write_text("云岭市青石县2017年政府信息公开工作年度报告\n发布时间：2018-02-01\n", encoding="utf-8")
    row = flatten(extract(path, use_model=False).to_json())
    assert {"issuer", "issuer_normalized", "region", "level", "year", "published"} <= set(flat_columns())
    assert (row["issuer"], row["level"], row["year"], row["published"]) == ("云岭市青石县", "county", 2017, "2018-02-01")
    assert flatten({"file": "x", "error": "unreadable"})["year"] is None


def test_signature_date_in_chinese_numerals_and_other_title_wordings() -> None:
    text = ("青石县交通运输局2023年政务公开工作年度报告\n一、总体情况\n" + "本局依法做好公开工作。" * 30
            + "\n\n青石县交通运输局\n二〇二四年一月三十日\n")
    meta = read_metadata(text)
    _check_offsets(text, meta)
    assert meta.issuer.text == "青石县交通运输局" and meta.year.value == 2023
    assert meta.published.value == "2024-01-30" and meta.published.text == "二〇二四年一月三十日"
    other = read_metadata("青石县2016年政府信息公开年报\n发布日期：2017年2月8日\n")
    assert other.year.value == 2016 and other.issuer.text == "青石县" and other.published.value == "2017-02-08"


def test_large_input_is_read_quickly() -> None:
    import time

    text = "无关的正文。" * 400_000 + "\n青石县2020年政府信息公开工作年度报告\n" + "测" * 1_000_000
    t0 = time.perf_counter()
    meta = read_metadata(text)
    assert time.perf_counter() - t0 < 3.0
    assert meta.year.value == 2020 and meta.issuer.text == "青石县"


def test_issuer_evidence_is_its_first_statement_in_the_opening() -> None:
    text = ("\n根据条例要求，青石县交通运输局编写了《青石县交通运输局2019年度政府信息公开工作报告》。"
            "本报告所列数据统计期限自2019年1月1日起至2019年12月31日止。\n")
    meta = read_metadata(text)
    assert meta.issuer.text == "青石县交通运输局" and meta.issuer.start == text.index("青石县交通运输局")
    # a longer name starting the same way (a site banner naming the government) is not the evidence
    banner = "青石县人民政府 网站首页\n\n青石县2019年政府信息公开工作年度报告\n"
    assert read_metadata(banner).issuer.start == banner.index("青石县2019")


def test_offsets_refer_to_the_extracted_text_of_an_html_page(tmp_path: Path) -> None:
    page = tmp_path / "r.html"
    page.write_text("<html><head><meta charset='utf-8'><title>网站</title></head><body><div>首页 &gt; 年报</div>"
                    "<h1>云岭市青石县2022年政府信息公开工作年度报告</h1><p>来源：青石县政府办公室 时间：2023-01-20</p>"
                    "<p>本报告所列数据的统计期限为2022年1月1日至12月31日。</p></body></html>", encoding="utf-8")
    doc = load_report(page)
    rep = extract(page, use_model=False).to_json()["report"]
    for item in ("issuer", "region", "year", "published"):
        assert doc.text[rep[item]["start"]:rep[item]["end"]] == rep[item]["text"]
    assert rep["year"]["value"] == 2022 and rep["published"]["value"] == "2023-01-20"


#: the level each devset report's file name says (devset/reports: fictional reports written for the project)
_DEVSET_LEVEL = {"province": "province", "city": "city", "county": "county", "district": "county",
                 "street": "township", "town": "township", "devzone": "zone"}


@pytest.mark.parametrize("path", sorted((ROOT / "devset" / "reports").glob("d*.txt")), ids=lambda p: p.stem)
def test_devset_reports_metadata(path: Path) -> None:
    """Every devset report names its body and year in its title line (simplified, traditional, full-width
    digits, 資訊 wording): the issuer is read from that line and the year equals the file name's."""
    text = load_report(path).text
    meta = read_metadata(text)
    _check_offsets(text, meta)
    year = int(path.stem.split("_")[1])
    title_end = text.index("\n", text.index("报告" if "报告" in text[:80] else "報告"))
    assert meta.year.value == year and meta.year.source == "title"
    assert meta.issuer is not None and meta.issuer.end <= title_end and meta.issuer.source == "title"
    kind = next((k for k in _DEVSET_LEVEL if f"_{k}" in path.stem), None)
    if kind is not None:
        assert meta.region.level == _DEVSET_LEVEL[kind]
    if "office" in path.stem:  # a government's office reports as a body of its own
        assert meta.issuer.kind == "department"


def test_government_portal_header_block() -> None:
    text = ("索引号：000014349/2021-00031\n发布机构：青石县交通运输局\n生成日期：2021-01-26\n"
            "标题：青石县交通运输局2020年政府信息公开工作年度报告\n\n本报告依据条例编制。\n")
    meta = read_metadata(text)
    _check_offsets(text, meta)
    assert meta.issuer.source == "header" and meta.issuer.text == "青石县交通运输局"
    assert meta.issuer.start == text.index("青石县交通运输局2020")  # the title line, not 发布机构
    assert meta.year.value == 2020 and meta.published.value == "2021-01-26"
