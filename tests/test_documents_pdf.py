"""PDF reports (infer/documents, issue 12): generated PDFs of the example report, bad PDFs, scanned
pages through OCR, and the real PDF in ../shared/corpus/pdf (skipped where absent)."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

pytest.importorskip("pdfplumber")
pytest.importorskip("reportlab")

from infer.cli import app  # noqa: E402
from infer.documents import document_kind, ocr  # noqa: E402
from infer.documents.lines import Line, Margins, continues, is_page_number, join_page_split  # noqa: E402
from infer.pipeline import extract  # noqa: E402
from infer.textio import load_report  # noqa: E402
from test_documents_support import (EXAMPLE, RUNNING_HEADER, cjk_font_installed, example_text,  # noqa: E402
                                    make_pdf, make_scanned_pdf, page_with, tables_section)

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("NIANBAO_SHARED", ROOT.parent / "shared"))
HUAIAN = SHARED / "corpus" / "pdf" / "huaian2024.pdf"
GOLD = ROOT / "annotations" / "gold" / "pdf.json"


def invoke(*args: str):
    return CliRunner().invoke(app, list(args))


def prose_lines(text: str) -> list[str]:
    """The lines that are neither table rows nor blank (pipe rows in the .txt, TAB rows in a PDF)."""
    return [ln for ln in text.splitlines() if ln.strip() and "|" not in ln and "\t" not in ln]


def facts(result) -> tuple[dict[str, float], dict[str, float]]:
    return ({f.field: f.value for f in result.prose_facts}, {f.field: f.value for f in result.table_facts})


@pytest.fixture(scope="module")
def example_pdf(tmp_path_factory) -> Path:
    return make_pdf(tmp_path_factory.mktemp("pdf") / "example.pdf")


@pytest.fixture(scope="module")
def two_column_pdf(tmp_path_factory) -> Path:
    return make_pdf(tmp_path_factory.mktemp("pdf2") / "two-columns.pdf", two_columns=True)


# --- the example report as a PDF -------------------------------------------------------------------

def test_pdf_prose_reads_like_the_txt(example_pdf: Path) -> None:
    """Hard-wrapped, justified, indented paragraphs over several pages come back one per line."""
    doc = load_report(example_pdf)
    assert doc.format == "pdf" and doc.extractor.startswith("pdfplumber")
    assert prose_lines(doc.text) == prose_lines(example_text())


def test_pdf_page_furniture_dropped(example_pdf: Path) -> None:
    text = load_report(example_pdf).text
    assert RUNNING_HEADER not in text
    assert not any(is_page_number(line) for line in text.splitlines())


def test_pdf_tables_are_tab_rows(example_pdf: Path) -> None:
    text = load_report(example_pdf).text
    row = next(line for line in text.splitlines() if line.startswith("一、本年新收"))
    cells = row.split("\t")
    assert [c for c in cells[1:] if c] == ["52", "9", "0", "1", "3", "0", "65"]
    assert "" in cells[1:3]  # the merged label cell leaves an empty cell, as in HTML


def test_pdf_same_facts_as_txt(example_pdf: Path, two_column_pdf: Path) -> None:
    txt = facts(extract(EXAMPLE))
    assert len(txt[0]) >= 20 and len(txt[1]) >= 40
    for pdf in (example_pdf, two_column_pdf):
        result = extract(pdf)
        assert result.extractor and result.extractor.startswith("pdfplumber")
        assert facts(result) == txt, pdf.name
        assert result.table_template == "2021" and all(c.passed for c in result.table_checks)


def test_two_column_pdf_reads_column_by_column(two_column_pdf: Path) -> None:
    assert prose_lines(load_report(two_column_pdf).text) == prose_lines(example_text())


def test_pdf_json_names_extractor_and_offsets_slice(example_pdf: Path) -> None:
    res = invoke("extract", "--no-model", "-f", "json", str(example_pdf))
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert data["extractor"].startswith("pdfplumber")
    shown = invoke("extract", "--show-text", str(example_pdf)).stdout
    assert data["table"]["facts"]
    for f in data["table"]["facts"]:  # offsets refer to the --show-text text (sums: their first cell)
        assert shown[f["start"]:f["end"]].replace(".", "").isdigit() or f["start"] == f["end"], f
    received = next(f for f in data["table"]["facts"] if f["field"] == "requests.received")
    assert shown[received["start"]:received["end"]] == "65"


def test_pdf_html_view(example_pdf: Path, tmp_path: Path) -> None:
    out = tmp_path / "view.html"
    res = invoke("extract", "--no-model", "-f", "html", "-o", str(out), str(example_pdf))
    assert res.exit_code == 0, res.output
    assert "本年新收" in out.read_text(encoding="utf-8")


def test_pdf_found_by_signature_whatever_its_name(example_pdf: Path, tmp_path: Path) -> None:
    """A PDF saved as .txt is still read as a PDF (never as an empty ASCII 'report')."""
    renamed = tmp_path / "report.txt"
    renamed.write_bytes(example_pdf.read_bytes())
    assert document_kind(renamed, renamed.read_bytes()[:1024]) == "pdf"
    assert load_report(renamed).format == "pdf"


# --- bad PDFs: one line, exit 2 --------------------------------------------------------------------

def _encrypted(path: Path) -> Path:
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), encrypt=StandardEncryption("secret", canPrint=0))
    c.drawString(72, 720, "protected")
    c.save()
    return path


def _zero_pages(path: Path) -> Path:
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objs, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    path.write_bytes(bytes(out))
    return path


@pytest.mark.parametrize("kind", ["encrypted", "corrupt", "truncated", "zero_pages"])
def test_bad_pdf_one_line_exit_2(kind: str, tmp_path: Path, example_pdf: Path) -> None:
    path = tmp_path / f"{kind}.pdf"
    if kind == "encrypted":
        _encrypted(path)
    elif kind == "corrupt":
        path.write_bytes(b"%PDF-1.7\n" + os.urandom(3000))
    elif kind == "truncated":
        path.write_bytes(example_pdf.read_bytes()[:1500])
    else:
        _zero_pages(path)
    res = invoke("extract", "--no-model", str(path))
    assert res.exit_code == 2, (kind, res.output)
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("infer: error: ") and str(path) in lines[0], res.stderr
    if kind == "encrypted":
        assert "encrypted" in lines[0]
    if kind == "zero_pages":
        assert "no pages" in lines[0]


def test_scanned_pdf_without_ocr_is_an_error_not_an_empty_success(example_pdf: Path, tmp_path: Path,
                                                                  monkeypatch) -> None:
    scanned = make_scanned_pdf(example_pdf, 0, tmp_path / "scan.pdf", dpi=100)
    monkeypatch.setenv("NIANBAO_NO_OCR", "1")
    res = invoke("extract", "--no-model", str(scanned))
    assert res.exit_code == 2
    line = res.stderr.strip()
    assert len(line.splitlines()) == 1 and "page 1" in line and "tesseract" in line.lower()


def test_scanned_page_among_text_pages_warns_per_page(example_pdf: Path, tmp_path: Path, monkeypatch) -> None:
    """One image-only page in a text PDF: the rest is read, the page is named in a warning."""
    from test_documents_support import render_page_png

    png = render_page_png(example_pdf, 0, tmp_path / "p1.png", dpi=80)
    mixed = tmp_path / "mixed.pdf"
    _merge_pdf_with_image(example_pdf, png, mixed)
    monkeypatch.setenv("NIANBAO_NO_OCR", "1")
    doc = load_report(mixed)
    assert any(w.startswith("page 1:") and "not read" in w for w in doc.warnings)
    assert "本年新收" in doc.text  # the text pages are read


def _merge_pdf_with_image(pdf: Path, png: Path, out: Path) -> None:
    """A PDF whose first page is an image (reportlab) followed by ``pdf``'s pages (pypdfium2)."""
    import pypdfium2 as pdfium
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    first = out.with_name("first.pdf")
    c = canvas.Canvas(str(first), pagesize=A4)
    c.drawImage(str(png), 0, 0, width=A4[0], height=A4[1])
    c.save()
    merged = pdfium.PdfDocument(str(first))
    src = pdfium.PdfDocument(str(pdf))
    merged.import_pages(src, list(range(1, len(src))))
    merged.save(str(out))
    merged.close()
    src.close()


# --- scanned tables: OCR -----------------------------------------------------------------------------

NEEDS_OCR = pytest.mark.skipif(
    not ocr.available() or not cjk_font_installed(),
    reason="OCR tests need Tesseract with chi_sim and a CJK system font to render the test PDFs "
           "(apt-get install tesseract-ocr tesseract-ocr-chi-sim fonts-noto-cjk; scripts/setup.sh --test does it as root)")


@NEEDS_OCR
def test_scanned_table_read_by_ocr(tmp_path: Path) -> None:
    """Table 三 printed, rendered to a 300 dpi image, read back by OCR: the totals are right, and a
    misread digit, if any, shows up as a failed arithmetic check rather than silently."""
    text = tables_section()
    src = make_pdf(tmp_path / "tables.pdf", text=text, cell_font=9)
    page = page_with(src, "本年新收政府信息公开申请数量")
    scanned = make_scanned_pdf(src, page, tmp_path / "scan.pdf", dpi=300)
    result = extract(scanned, use_model=False)
    assert "tesseract" in (result.extractor or "")
    assert any("read by OCR" in w for w in result.warnings)
    assert result.table_template == "2021"
    truth = {f.field: f.value for f in extract(EXAMPLE, use_model=False).table_facts}
    got = {f.field: f.value for f in result.table_facts}
    table3 = {k: v for k, v in truth.items() if k.startswith("requests.")}
    right = [k for k in table3 if got.get(k) == table3[k]]
    wrong = [k for k in table3 if k in got and got[k] != table3[k]]
    assert len(right) >= 0.5 * len(table3), (right, wrong)
    for key in ("requests.outcome.total", "requests.outcome.disclosed"):
        assert got.get(key) == truth[key]
    if wrong:  # OCR digit errors must not pass unnoticed
        assert any(not c.passed for c in result.table_checks) or result.table_status == "partial"


# --- the line rules, on invented lines -----------------------------------------------------------------

def _line(text: str, x0: float, x1: float, top: float, size: float = 12.0) -> Line:
    return Line(text=text, x0=x0, x1=x1, top=top, bottom=top + size, size=size)


def test_wrapped_line_rules() -> None:
    m = Margins(left=70, right=520, size=12)
    full = _line("全年共收到政府信息公开申请", 70, 519, 100)
    assert continues(full, _line("12件，均已按期答复。", 70, 200, 120), m)  # a number wrapped away from 件
    assert not continues(_line("均已按期答复。", 70, 300, 100), _line("下一段", 70, 519, 120), m)  # ended short
    assert not continues(full, _line("（二）新的段落", 94, 519, 120), m)  # indented
    assert not continues(full, _line("远处的下一行", 70, 519, 160), m)  # a blank gap


def test_page_numbers() -> None:
    for s in ("- 3 -", "— 12 —", "第 3 页", "第3页 共8页", "2/6", "7", "Page 2 of 6"):
        assert is_page_number(s), s
    for s in ("3件", "第三条", "2021年", "（一）"):
        assert not is_page_number(s), s


def test_cell_split_by_page_break_is_joined() -> None:
    last = "\t（四）无\t1.本机关不掌握\t3\t0\t3"
    first = "\t法提供\t2.没有现成信息\t1\t0\t1"
    assert join_page_split(last, first) == ["\t（四）无法提供\t1.本机关不掌握\t3\t0\t3",
                                            "\t\t2.没有现成信息\t1\t0\t1"]
    # a row cut in two: its numbers went to the next page
    assert join_page_split("\t\t1.申请人逾期不\t", "\t\t补正的申请\t2") == ["\t\t1.申请人逾期不补正的申请\t2"]
    # a new numbered item is not a continuation
    assert join_page_split("\t（四）无法提供\t3.补正后仍不明确\t1", "\t（五）不予处理\t1.信访类\t2") is None


# --- the real PDF (../shared/corpus/pdf) -------------------------------------------------------------------

@pytest.fixture(scope="module")
def huaian():
    if not HUAIAN.exists():
        pytest.skip(f"../shared is absent (no {HUAIAN.name}): the real PDF is read from ../shared only")
    gold = json.loads(GOLD.read_text(encoding="utf-8"))[HUAIAN.name]
    return load_report(HUAIAN), gold


def test_real_pdf_text_matches_annotation(huaian) -> None:
    doc, gold = huaian
    assert doc.sha256 == gold["sha256"], "the extracted text changed: re-check annotations/gold/pdf.json offsets"
    for key, (start, end) in gold["prose_evidence"].items():
        assert doc.text[start:end] == str(gold["prose"][key]), key


def test_real_pdf_tables(huaian) -> None:
    doc, gold = huaian
    result = extract(doc, use_model=False)
    assert result.table_template == "2021" and result.table_status == "parsed", result.warnings
    assert result.table_checks and all(c.passed for c in result.table_checks)
    got = {f.field: f.value for f in result.table_facts}
    assert {k: got.get(k) for k in gold["table"]} == gold["table"]


def test_real_pdf_prose(huaian) -> None:
    doc, gold = huaian
    result = extract(doc)
    got = {f.field: f.value for f in result.prose_facts}
    assert {k: got.get(k) for k in gold["prose"]} == gold["prose"]


def test_real_pdf_reads_as_one_text(huaian) -> None:
    """Hard-wrapped prose joined inside numbers, page numbers gone, the table continued over the page
    break as one block with its split label cell rejoined."""
    doc, _ = huaian
    lines = doc.text.splitlines()
    assert not any(is_page_number(line) for line in lines)
    start = next(i for i, line in enumerate(lines) if line.startswith("一、本年新收"))
    end = next(i for i, line in enumerate(lines) if line.startswith("四、结转下年度"))
    block = lines[start:end + 1]
    assert all("\t" in line for line in block), "table 三 is broken by a non-row line"
    assert any("（四）无法提供" in line for line in block)


def _page_with_table_image(src: Path, out: Path, tmp_path: Path) -> Path:
    """A text page whose statistics table is a picture: a paragraph of text, then the image of the
    table page of ``src`` below it."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    from test_documents_support import FONT, render_page_png

    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    png = render_page_png(src, page_with(src, "本年新收政府信息公开申请数量"), tmp_path / "table.png", dpi=300)
    c = canvas.Canvas(str(out), pagesize=A4)
    c.setFont(FONT, 12)
    c.drawString(72, A4[1] - 60, "本机关本年度政府信息公开申请办理情况见下表。")
    c.drawImage(str(png), 20, 20, width=A4[0] - 40, height=A4[1] - 100, preserveAspectRatio=True)
    c.save()
    return out


def test_table_image_without_ocr_is_named(tmp_path: Path, monkeypatch) -> None:
    src = make_pdf(tmp_path / "tables.pdf", text=tables_section(), cell_font=9)
    pdf = _page_with_table_image(src, tmp_path / "image-table.pdf", tmp_path)
    monkeypatch.setenv("NIANBAO_NO_OCR", "1")
    doc = load_report(pdf)
    assert "见下表" in doc.text
    assert any(w.startswith("page 1: an image") and "not read" in w for w in doc.warnings)


@NEEDS_OCR
def test_table_image_read_by_ocr(tmp_path: Path) -> None:
    src = make_pdf(tmp_path / "tables.pdf", text=tables_section(), cell_font=9)
    pdf = _page_with_table_image(src, tmp_path / "image-table.pdf", tmp_path)
    result = extract(pdf, use_model=False)
    assert any("an image was read by OCR" in w for w in result.warnings)
    got = {f.field: f.value for f in result.table_facts}
    assert result.table_template == "2021"
    assert got.get("requests.outcome.total") == 64


def test_unruled_table_is_not_two_columns(tmp_path: Path) -> None:
    """A table printed without rules has a 'gutter' between labels and numbers: it must stay rows
    (label, then TAB-separated numbers), and the prose around it must read as in the .txt."""
    pdf = make_pdf(tmp_path / "unruled.pdf", ruled=False, cell_font=9)
    text = load_report(pdf).text
    row = next(line for line in text.splitlines() if line.startswith("一、本年新收"))
    assert row.split("\t")[1:] == ["52", "9", "0", "1", "3", "0", "65"]
    head = example_text().split("二、主动公开")[0]
    assert prose_lines(text.split("二、主动公开")[0]) == prose_lines(head)
    got = {f.field: f.value for f in extract(pdf, use_model=False).table_facts}
    assert got.get("requests.received") == 65 and got.get("requests.carried_over") == 4


def _undecodable(path: Path) -> Path:
    """An owner-password PDF (opens without a password) whose CJK text pdfminer cannot map to
    Unicode: its text layer yields glyph numbers only."""
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    from test_documents_support import FONT

    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    c = canvas.Canvas(str(path), encrypt=StandardEncryption("", ownerPassword="owner", canCopy=0))
    c.setFont(FONT, 14)
    c.drawString(72, 720, "本年度共收到政府信息公开申请7件。")
    c.save()
    return path


def test_undecodable_text_layer_is_not_read_as_glyph_numbers(tmp_path: Path, monkeypatch) -> None:
    pdf = _undecodable(tmp_path / "cid.pdf")
    monkeypatch.setenv("NIANBAO_NO_OCR", "1")
    res = invoke("extract", "--no-model", str(pdf))
    assert res.exit_code == 2 and "cannot be decoded" in res.stderr and "(cid:" not in res.stderr


@NEEDS_OCR
def test_undecodable_text_layer_read_by_ocr(tmp_path: Path) -> None:
    doc = load_report(_undecodable(tmp_path / "cid.pdf"))
    assert "申请7件" in doc.text and "(cid:" not in doc.text


def test_header_repeated_on_the_next_page_is_dropped() -> None:
    from infer.documents.lines import Block, blocks_to_text

    head = ["行政复议\t\t行政诉讼", "结果维持\t总计\t结果维持"]
    first = Block(top=0, rows=[*head, "1\t1\t0"], columns=3)
    cont = Block(top=0, rows=[*head, "2\t2\t0"], columns=3)
    assert blocks_to_text([[first], [cont]], None).splitlines() == [*head, "1\t1\t0", "2\t2\t0"]
