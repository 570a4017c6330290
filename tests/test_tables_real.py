"""Table parsing on the real reports in ../shared (read at run time, never copied)."""
from __future__ import annotations

import re

from infer.tables import parse_tables
from infer.tables.cells import cell_value
from infer.schema import is_field, is_scored

SEEDS_WITH_TABLES = ["001_f11dda0cfbad3174.txt", "002_3652b83934f3edf5.txt", "004_83fbd748cc4e652a.txt"]


def _text(path):
    from infer.textio import load_report
    return load_report(str(path)).text


def _assert_offsets(text, res):
    for f in res.facts:
        assert is_field(f.field), f.field
        if f.field in res.derived:
            parts = [res.cells[p] for p in res.derived[f.field]]
            assert sum(c.value for c in parts) == f.value
            assert (f.start, f.end) == (parts[0].start, parts[0].end)
            for c in parts:
                assert cell_value(text[c.start:c.end]) == c.value
        else:
            assert cell_value(text[f.start:f.end]) == f.value, (f, text[f.start:f.end])


def test_gold_table_facts_reproduced(seed_paths, gold):
    assert len(seed_paths) == 5
    n_gold = 0
    for path in seed_paths:
        text = _text(path)
        res = parse_tables(text)
        expected = gold[path.name]["table"]
        got = res.values()
        n_gold += len(expected)
        for key, value in expected.items():
            assert got.get(key) == value, (path.name, key, value, got.get(key))
        if not expected:
            assert res.facts == [], path.name
        # beyond gold: only sub-rows / per-table extras, never a different value for a gold key
        extra = {k for k in got if k not in expected and is_scored(k)}
        for k in extra:
            assert k.count(".") >= 3 or k.startswith(("requests.outcome.other.", "litigation.")), (path.name, k)
        _assert_offsets(text, res)
    assert n_gold == 67


def test_seed_templates_and_status(seed_paths):
    by_name = {p.name: parse_tables(_text(p)) for p in seed_paths}
    assert by_name["000_a7d33180ce0fa08d.txt"].status == "absent"
    r3 = by_name["003_39cedbc4c057cd39.txt"]
    assert r3.status == "missing" and r3.warnings and r3.facts == [] and r3.cells == {}
    assert by_name["001_f11dda0cfbad3174.txt"].template == "2019"  # pipe rows, (六) has its own cells
    assert by_name["004_83fbd748cc4e652a.txt"].template == "2019"  # one cell per line, traditional, '-'
    assert by_name["002_3652b83934f3edf5.txt"].template == "pre2019"
    for name in ("001_f11dda0cfbad3174.txt", "004_83fbd748cc4e652a.txt"):
        res = by_name[name]
        assert res.status == "parsed", res.warnings
        assert len(res.checks) == 40 and all(c.passed for c in res.checks)
        assert len(res.cells) == 23 * 7 + 15


def test_seed_001_typos_matched(seed_paths):
    path = next(p for p in seed_paths if p.name.startswith("001"))
    res = parse_tables(_text(path))
    got = res.values()
    # 危机“三安全一稳定”, 属于行政法案卷, 无法提 供 are all read as their rows
    assert got["requests.outcome.withheld.three_safety"] == 0
    assert got["requests.outcome.withheld.enforcement_file"] == 0
    assert got["requests.outcome.withheld.admin_query"] == 2
    assert "requests.outcome.unavailable" in res.derived


def test_seed_broken_variants(seed_paths):
    """Real pipe text, mangled by hand: never a crash, never a shifted column."""
    path = next(p for p in seed_paths if p.name.startswith("001"))
    text = _text(path)
    row = re.search(r"二、上年结转[^\n]*\n", text).group()  # the carried-over row, found not quoted
    assert row.count("|") > 6
    res = parse_tables(text.replace(row, ""))  # a missing row
    assert "requests.carried_over" not in res.values() and res.values()["requests.received"] == 23
    assert res.status == "partial" and any("carried_over not found" in w for w in res.warnings)
    res = parse_tables(text.replace(row, row.replace("| 0 | 2 |", "| 2 |")))  # a lost cell: the sums place it
    assert res.values()["requests.carried_over"] == 2 and not res.ambiguous
    assert any(w.startswith("resolved:") for w in res.warnings)
    res = parse_tables(text.replace(row, row.replace("| 0 | 2 |", "| 3 |")))  # and no reading fits
    assert "requests.carried_over" not in res.values()
    assert any("6 cells where 7" in w for w in res.warnings)
    # non-numeric ('x' is "no value"; 无 would be a zero, see infer.tables.cells)
    res = parse_tables(text.replace(row, row.replace("| 2 | 0 |", "| 2 | x |", 1)))
    assert res.values()["requests.carried_over"] == 2
    assert any("non-numeric" in w for w in res.warnings)
    # a '/' the row's own sum proves 0 (the other cells already add up to 总计) is read as 0
    res = parse_tables(text.replace(row, row.replace("| 2 | 0 |", "| 2 | / |", 1)))
    assert res.values()["requests.carried_over"] == 2
    assert not any("non-numeric" in w for w in res.warnings)
    assert any(w.startswith("resolved:") and "proven 0" in w for w in res.warnings)
    cut = text.index("一、本年新收到")
    res = parse_tables(text[:cut] + "\n五、存在的主要问题及改进情况\n")  # header only
    assert res.facts == [] and res.status == "missing"


def test_html_tables_parse_completely(raw_dir):
    for name, expected in [("pt2024.html", {"requests.received": 218, "requests.applicant.natural_person": 217,
                                            "requests.outcome.other": 3, "review.total": 7,
                                            "litigation.after_review.upheld": 13, "litigation.total": 19}),
                           ("pt2025.html", {"requests.received": 154, "requests.outcome.total": 148,
                                            "requests.carried_forward": 6, "review.total": 36,
                                            "litigation.direct.total": 6, "litigation.total": 9})]:
        text = _text(raw_dir / name)
        res = parse_tables(text)
        assert res.template == "2021" and res.status == "parsed", (name, res.warnings)
        assert res.warnings == []
        assert len(res.cells) == 25 * 7 + 15
        assert len(res.checks) == 42 and all(c.passed for c in res.checks)
        got = res.values()
        for k, v in expected.items():
            assert got[k] == v, (name, k)
        _assert_offsets(text, res)


def test_txt_twins_agree_with_html(raw_dir):
    for stem in ("pt2024", "pt2025"):
        html = parse_tables(_text(raw_dir / f"{stem}.html"))
        text = _text(raw_dir / f"{stem}.txt")
        txt = parse_tables(text)
        known = {k: c.value for k, c in txt.cells.items() if c.value is not None}
        assert known and all(html.cells[k].value == v for k, v in known.items())
        unknown = set(html.cells) - set(known)
        flagged = {tuple(col.rsplit(".", 1)) if a.row == "case" else (a.row, col)
                   for a in txt.ambiguous for col in a.ambiguous_columns}
        assert unknown <= flagged
        assert txt.values() == {k: v for k, v in html.values().items() if k in txt.values()}
        _assert_offsets(text, txt)
    # pt2025: 330000033 (33|0… or 3|30…) is settled by 一+二 = (七)+四 and (七) = sum of results
    res = parse_tables(_text(raw_dir / "pt2025.txt"))
    assert res.values()["requests.outcome.disclosed"] == 33
    assert res.cells[("requests.outcome.disclosed", "natural_person")].value == 33
    assert any(w.startswith("resolved:") and "330000033" in w for w in res.warnings)
    # the hard case-table row 25380363300630003 has exactly one split with every 总计 = its four
    assert [res.values()[f"review.{k}"] for k in ("upheld", "corrected", "other", "pending", "total")] == \
        [25, 3, 8, 0, 36]


def test_pre2019_flattened_tables(raw_dir):
    res = parse_tables(_text(raw_dir / "ptx2012.txt"))  # 当面申请数条1818 = 18 | 18
    got = res.values()
    assert res.template == "pre2019"
    assert {k: got[k] for k in ("requests.received", "requests.channel.in_person", "requests.channel.email",
                                "requests.outcome.total", "requests.outcome.disclosed",
                                "requests.outcome.partial", "requests.outcome.withheld")} == \
        {"requests.received": 21, "requests.channel.in_person": 18, "requests.channel.email": 3,
         "requests.outcome.total": 21, "requests.outcome.disclosed": 17, "requests.outcome.partial": 2,
         "requests.outcome.withheld": 2}
    assert "proactive.total" not in got  # 20263542 splits several ways: flagged, not guessed
    assert any(a.row == "proactive.total" for a in res.ambiguous)
    res = parse_tables(_text(raw_dir / "ptx2013.txt"))
    got = res.values()
    assert (got["requests.received"], got["requests.channel.email"], got["requests.channel.online"],
            got["requests.channel.mail"], got["requests.outcome.total"]) == (7, 3, 4, 0, 3)
    res = parse_tables(_text(raw_dir / "pt2012.txt"))  # flattened with spaces
    got = res.values()
    assert got["proactive.total"] == 739 and got["requests.received"] == 0 and got["review.total"] == 0
    assert res.status == "parsed"
    for name in ("pt2013.txt", "pt2016.txt", "pt2017.txt", "pt2018.txt"):
        text = _text(raw_dir / name)
        res = parse_tables(text)
        got = res.values()
        assert res.template == "pre2019", name
        assert got["requests.received"] == 0 and got["review.total"] == 0 and got["litigation.total"] == 0
        _assert_offsets(text, res)
    # 信函、传真申请数 is one indicator for two channels: not guessed into either
    res = parse_tables(_text(raw_dir / "pt2016.txt"))
    assert "requests.channel.mail" not in res.values() and any("combines" in w for w in res.warnings)
