"""Input robustness: every encoding users have, HTML pages with tables kept as TAB rows, clear errors."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from infer.html_text import html_to_text
from infer.textio import InputError, decode_bytes, load_report, sha256_text
from test_robust_support import as_unprivileged, open_tmp  # noqa: F401 - open_tmp is a fixture


def _traditional(text: str) -> bool:
    try:
        text.encode("big5")
    except UnicodeEncodeError:
        return False
    return True


# --- seeds and re-encoded copies ------------------------------------------------------------------

def test_every_seed_decodes(seed_paths: list[Path]) -> None:
    assert len(seed_paths) >= 5
    for path in seed_paths:
        doc = load_report(path)
        assert doc.encoding == "utf-8"
        assert doc.format == "text"
        assert doc.text == path.read_text(encoding="utf-8").replace("\r\n", "\n")
        assert doc.sha256 == sha256_text(doc.text)
        assert "\r" not in doc.text


@pytest.mark.parametrize("codec,expected", [("gb18030", "gb18030"), ("gbk", "gb18030"),
                                            ("utf-8-sig", "utf-8-sig"), ("utf-16", "utf-16")])
def test_reencoded_seeds_decode_to_the_same_text(seed_paths: list[Path], tmp_path: Path,
                                                 codec: str, expected: str) -> None:
    for path in seed_paths:
        original = path.read_text(encoding="utf-8")
        copy = tmp_path / f"{path.stem}.{codec}.txt"
        copy.write_bytes(original.encode(codec))
        doc = load_report(copy)
        assert doc.encoding == expected, path.name
        assert doc.text == original, path.name


def test_traditional_seeds_in_big5_and_gb18030(seed_paths: list[Path], tmp_path: Path) -> None:
    """Big5 bytes also decode cleanly as GB18030 (into nonsense): detection must still say Big5,
    and the same traditional text saved as GB18030 must say GB18030."""
    traditional = [p for p in seed_paths if _traditional(p.read_text(encoding="utf-8"))]
    assert len(traditional) >= 2  # seeds 002 and 004
    for path in traditional:
        original = path.read_text(encoding="utf-8")
        for codec in ("big5", "gb18030"):
            copy = tmp_path / f"{path.stem}.{codec}.txt"
            copy.write_bytes(original.encode(codec))
            doc = load_report(copy)
            assert (doc.encoding, doc.text == original) == (codec, True), (path.name, codec)


def test_short_paragraphs_detect_correctly(seed_paths: list[Path]) -> None:
    """Detection must not need a whole report: single paragraphs decode back exactly."""
    checked = 0
    for path in seed_paths:
        for line in path.read_text(encoding="utf-8").split("\n"):
            if len(line) < 15 or line.isascii():
                continue
            for codec in ("gb18030", "big5"):
                try:
                    data = line.encode(codec)
                except UnicodeEncodeError:
                    continue
                text, encoding, _ = decode_bytes(data, "para")
                assert (text, encoding) == (line, codec)
                checked += 1
    assert checked > 50


def test_crlf_is_normalised_but_nothing_else(tmp_path: Path) -> None:
    f = tmp_path / "r.txt"
    f.write_bytes("一、总体情况\r\n  共受理申请１２件。\u3000\r\n\t表\r\n".encode("gb18030"))
    doc = load_report(f)
    assert doc.text == "一、总体情况\n  共受理申请１２件。\u3000\n\t表\n"


# --- HTML ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["pt2024", "pt2025"])
def test_html_tables_become_tab_rows(raw_dir: Path, name: str) -> None:
    doc = load_report(raw_dir / f"{name}.html")
    assert doc.format == "html"
    rows = [line.split("\t") for line in doc.text.split("\n") if "\t" in line]
    new = [r for r in rows if r[0].startswith("一、本年新收")]
    assert len(new) == 1
    numbers = [int(c) for c in new[0][1:] if c]
    assert len(numbers) == 7  # 自然人, five kinds of organisation, 总计
    assert sum(numbers[:-1]) == numbers[-1] > 0
    # colspan padding keeps the data columns aligned: every data row of the request table has the
    # same number of cells from the first number on
    widths = {len(r) - next(i for i, c in enumerate(r) if c.isdigit())
              for r in rows if re.match(r"^[一二三四]、|^（[一二三四五六七]）|^\d\.", r[0])
              and any(c.isdigit() for c in r)}
    assert widths == {7}


@pytest.mark.parametrize("name", ["pt2024", "pt2025"])
def test_html_prose_numbers_intact(raw_dir: Path, name: str) -> None:
    """Text split across many <span>s: numbers stay attached to their words (the .txt twin is the
    crawler's flattening of the same page)."""
    html_text = load_report(raw_dir / f"{name}.html").text
    twin = (raw_dir / f"{name}.txt").read_text(encoding="utf-8")
    phrases = set(re.findall(r"[\u4e00-\u9fff]{2}\d+(?:\.\d+)?[件条起个篇期]", twin))
    assert len(phrases) >= 5
    assert [p for p in phrases if p not in html_text] == []
    for line in html_text.split("\n"):
        assert not re.fullmatch(r"\d+", line.strip()), f"stray number line {line!r}"


def test_html_rules_on_a_small_page() -> None:
    page = """<html><head><title>t</title><style>p{color:red}</style><script>var x=1;</script></head>
    <body><div>一、总体情况&nbsp;</div>
    <p><!--[if !supportLists]-->（一）<!--[endif]--><span>全年共受理</span>
       <span>12</span><span>件</span>，其中<b>当面</b>申请3件。</p>
    <p style="display:none">隐藏</p>
    <p>第一行<br>第二行</p>
    <table><tr><td colspan="3">第二十条第（一）项</td></tr>
      <tr><th>信息内容</th><th>本年新<br/>制作数量</th><th>总数</th></tr>
      <tr><td rowspan="2">三、本年度办理结果</td><td>（一）予以公开</td><td>&nbsp;5&nbsp;</td></tr>
      <tr><td>（二）部分公开</td><td>1</td></tr></table>
    <p>结束</p></body></html>"""
    out = html_to_text(page)
    assert out.tables == 1
    assert out.text == (
        "一、总体情况\n（一）全年共受理12件，其中当面申请3件。\n第一行\n第二行\n\n"
        "第二十条第（一）项\t\t\n信息内容\t本年新 制作数量\t总数\n"
        "三、本年度办理结果\t（一）予以公开\t5\n（二）部分公开\t1\n\n结束\n")


def test_layout_tables_are_read_as_blocks() -> None:
    page = ("<table><tr><td><p>标题</p><p>正文一段。</p><table><tr><td>a</td><td>1</td></tr></table>"
            "</td></tr></table>")
    assert html_to_text(page).text == "标题\n正文一段。\n\na\t1\n"


def test_html_sniffed_without_suffix_and_meta_charset(tmp_path: Path) -> None:
    f = tmp_path / "page.txt"
    f.write_bytes('<html><head><meta charset="gb2312"></head><body><p>共受理申请５件</p></body></html>'
                  .encode("gb18030"))
    doc = load_report(f)
    assert (doc.format, doc.encoding, doc.text) == ("html", "gb18030", "共受理申请５件\n")


def test_stray_markup_in_text_stays_text(tmp_path: Path) -> None:
    f = tmp_path / "crawl.txt"
    f.write_text("标题\n<!--[if !supportLists]-->一、<!--[endif]-->概述\n", encoding="utf-8")
    assert load_report(f).format == "text"


# --- errors ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("content,needle", [
    (b"", "empty"),
    (b" \n\t\r\n  ", "whitespace"),
    (bytes(range(256)) * 8, "binary"),
    (b"\x89PNG\r\n\x1a\n" + bytes([0xC3, 0x28, 0xA0, 0xA1, 0xFF, 0xFE, 0x80]) * 200, "binary"),
])
def test_bad_content_raises_one_line(tmp_path: Path, content: bytes, needle: str) -> None:
    f = tmp_path / "bad.txt"
    f.write_bytes(content)
    with pytest.raises(InputError) as err:
        load_report(f)
    msg = str(err.value)
    assert needle in msg and "\n" not in msg and str(f) in msg


def test_missing_directory_and_too_big(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        load_report(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="directory"):
        load_report(tmp_path)
    big = tmp_path / "big.txt"
    big.write_text("申请" * 1000, encoding="utf-8")
    with pytest.raises(InputError, match="--max-bytes"):
        load_report(big, max_bytes=100)
    assert load_report(big, max_bytes=None).text == "申请" * 1000


def test_unreadable(open_tmp: Path) -> None:
    """Runs as ``nobody`` when the suite runs as root (root reads any file): never skipped."""
    f = open_tmp / "locked.txt"
    f.write_text("申请", encoding="utf-8")
    f.chmod(0)
    with pytest.raises(InputError, match="permission denied"):
        as_unprivileged(load_report, f)


def test_deeply_nested_markup_does_not_overflow() -> None:
    page = "<p>" + "<font>" * 5000 + "共受理申请12件" + "</font>" * 5000 + "</p><p>下一段</p>"
    assert html_to_text(page).text == "共受理申请12件\n下一段\n"


def test_a_few_damaged_bytes_are_replaced_with_a_warning(seed_paths: list[Path], tmp_path: Path) -> None:
    """A GB18030 file with a stray byte and a truncated last character is still read (loudly)."""
    original = seed_paths[1].read_text(encoding="utf-8")
    data = original.encode("gb18030")
    mid = len(data) // 2
    while data[mid] >= 0x80:  # insert between characters, not inside one
        mid += 1
    damaged = data[:mid] + b"\xff" + data[mid:] + "件".encode("gb18030")[:1]
    f = tmp_path / "damaged.txt"
    f.write_bytes(damaged)
    doc = load_report(f)
    assert doc.encoding == "gb18030"
    assert doc.text.replace("\ufffd", "") == original
    assert any("replaced by U+FFFD" in w for w in doc.warnings)


def test_html_suffix_without_markup_is_read_as_text(tmp_path: Path) -> None:
    f = tmp_path / "saved.htm"
    f.write_text("标题\n一、本年新收 | 3 | 0 | 3 |\n", encoding="utf-8")
    doc = load_report(f)
    assert (doc.format, doc.text) == ("text", "标题\n一、本年新收 | 3 | 0 | 3 |\n")
    assert doc.warnings
