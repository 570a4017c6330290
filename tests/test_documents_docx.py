"""Word reports (infer/documents, issue 12): .docx through python-docx, .doc/.wps through LibreOffice,
and PDF/Word files in batch folders."""
from __future__ import annotations

import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

docx = pytest.importorskip("docx")

from infer.cli import app  # noqa: E402
from infer.documents import office  # noqa: E402
from infer.pipeline import extract  # noqa: E402
from infer.textio import load_report  # noqa: E402
from test_documents_support import EXAMPLE, RUNNING_HEADER, example_text, make_docx  # noqa: E402


def invoke(*args: str):
    return CliRunner().invoke(app, list(args))


def prose_lines(text: str) -> list[str]:
    return [ln for ln in text.splitlines() if ln.strip() and "|" not in ln and "\t" not in ln]


@pytest.fixture(scope="module")
def example_docx(tmp_path_factory) -> Path:
    return make_docx(tmp_path_factory.mktemp("docx") / "example.docx")


def test_docx_paragraphs_in_order_header_not_read(example_docx: Path) -> None:
    doc = load_report(example_docx)
    assert doc.format == "docx" and doc.extractor.startswith("python-docx")
    assert prose_lines(doc.text) == prose_lines(example_text())
    assert RUNNING_HEADER not in doc.text


def test_docx_same_facts_as_txt(example_docx: Path) -> None:
    txt, got = extract(EXAMPLE), extract(example_docx)
    assert {f.field: f.value for f in got.prose_facts} == {f.field: f.value for f in txt.prose_facts}
    assert {f.field: f.value for f in got.table_facts} == {f.field: f.value for f in txt.table_facts}
    assert got.table_template == "2021" and got.extractor.startswith("python-docx")


def test_docx_merged_cells(tmp_path: Path) -> None:
    """A horizontal merge leaves empty cells after the text, a vertical merge is not repeated below
    (the HTML colspan/rowspan convention)."""
    d = docx.Document()
    d.add_paragraph("（二）依申请公开情况")
    t = d.add_table(rows=3, cols=4)
    t.cell(0, 0).merge(t.cell(0, 3)).text = "申请人情况"
    t.cell(1, 0).merge(t.cell(2, 0)).text = "本年度办理结果"
    for r, values in ((1, ("予以公开", "4", "4")), (2, ("部分公开", "1", "1"))):
        for c, v in enumerate(values, start=1):
            t.cell(r, c).text = v
    d.add_paragraph("本年度未收取任何费用。")
    path = tmp_path / "merged.docx"
    d.save(str(path))
    assert load_report(path).text.splitlines() == [
        "（二）依申请公开情况", "", "申请人情况\t\t\t", "本年度办理结果\t予以公开\t4\t4", "\t部分公开\t1\t1", "",
        "本年度未收取任何费用。"]


@pytest.mark.parametrize("kind", ["not_zip", "zip_without_document", "broken_xml"])
def test_bad_docx_one_line_exit_2(kind: str, tmp_path: Path) -> None:
    path = tmp_path / f"{kind}.docx"
    if kind == "not_zip":
        path.write_bytes(b"this is not a Word file\n" * 20)
    else:
        with zipfile.ZipFile(path, "w") as z:
            z.writestr("[Content_Types].xml", "<Types/>" if kind == "zip_without_document" else "<Types")
            if kind == "broken_xml":
                z.writestr("word/document.xml", "<w:document")
    res = invoke("extract", "--no-model", str(path))
    assert res.exit_code == 2, res.output
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("infer: error: ") and str(path) in lines[0]


def test_empty_docx_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "empty.docx"
    docx.Document().save(str(path))
    res = invoke("extract", "--no-model", str(path))
    assert res.exit_code == 2 and "no text" in res.stderr


def test_doc_without_libreoffice_names_the_package(example_docx: Path, tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "report.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    monkeypatch.setenv("NIANBAO_NO_SOFFICE", "1")
    res = invoke("extract", "--no-model", str(path))
    assert res.exit_code == 2
    assert "libreoffice" in res.stderr.lower() and len(res.stderr.strip().splitlines()) == 1


@pytest.mark.skipif(office.soffice() is None, reason="LibreOffice (soffice) is not installed "
                    "(apt-get install libreoffice-writer-nogui; scripts/setup.sh --test does it as root)")
def test_doc_converted_by_libreoffice(example_docx: Path, tmp_path: Path) -> None:
    """The example saved as an old .doc by LibreOffice reads back with the same table facts."""
    subprocess.run([office.soffice(), f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
                    "--convert-to", "doc", "--outdir", str(tmp_path), str(example_docx)],
                   check=True, capture_output=True, timeout=office.TIMEOUT)
    doc_path = tmp_path / "example.doc"
    doc = load_report(doc_path)
    assert doc.format == "doc" and "LibreOffice" in doc.extractor
    txt = extract(EXAMPLE, use_model=False)
    got = extract(doc, use_model=False)
    assert {f.field: f.value for f in got.table_facts} == {f.field: f.value for f in txt.table_facts}
    wps = tmp_path / "example.wps"  # WPS Office's own suffix for the same binary format
    shutil.copy(doc_path, wps)
    assert load_report(wps).format == "wps"


def test_batch_picks_up_pdf_and_docx(example_docx: Path, tmp_path: Path) -> None:
    pytest.importorskip("reportlab")
    from test_documents_support import make_pdf

    folder = tmp_path / "reports"
    (folder / "sub").mkdir(parents=True)
    shutil.copy(example_docx, folder / "a.docx")
    make_pdf(folder / "sub" / "b.pdf")
    shutil.copy(EXAMPLE, folder / "c.txt")
    out = tmp_path / "out.jsonl"
    res = invoke("extract", "--no-model", "--workers", "1", "--jsonl", str(out), str(folder))
    assert res.exit_code == 0, res.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    by_name = {Path(r["file"]).name: r for r in records}
    assert set(by_name) == {"a.docx", "b.pdf", "c.txt"}
    for name, extractor in (("a.docx", "python-docx"), ("b.pdf", "pdfplumber")):
        assert not by_name[name].get("error") and by_name[name]["extractor"].startswith(extractor)
        assert by_name[name]["table"]["template"] == "2021"


def test_doc_that_is_really_html_is_read_as_html(tmp_path: Path) -> None:
    """Sites often serve a Word-saved HTML page as .doc: it is read as HTML, without LibreOffice."""
    path = tmp_path / "report.doc"
    path.write_text("<html><body><p>本年度共收到政府信息公开申请7件。</p></body></html>", encoding="utf-8")
    doc = load_report(path)
    assert doc.format == "html" and "申请7件" in doc.text


def test_docx_text_box_read_once(tmp_path: Path) -> None:
    """Word keeps a text box twice (mc:Choice and the legacy mc:Fallback): its text is read once."""
    d = docx.Document()
    p = d.add_paragraph("正文一段。")
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    mc = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    box = (f'<w:r xmlns:w="{w}" xmlns:mc="{mc}"><mc:AlternateContent><mc:Choice Requires="wps">'
           f'<w:t>共受理申请9件。</w:t></mc:Choice><mc:Fallback><w:t>共受理申请9件。</w:t></mc:Fallback>'
           f'</mc:AlternateContent></w:r>')
    from lxml import etree

    p._p.append(etree.fromstring(box))
    path = tmp_path / "box.docx"
    d.save(str(path))
    assert load_report(path).text == "正文一段。共受理申请9件。\n"


def _docx_with_table_picture(tmp_path: Path) -> Path:
    pytest.importorskip("reportlab")
    from docx.shared import Cm

    from test_documents_support import make_pdf, page_with, render_page_png, tables_section

    src = make_pdf(tmp_path / "tables.pdf", text=tables_section(), cell_font=9)
    png = render_page_png(src, page_with(src, "本年新收政府信息公开申请数量"), tmp_path / "table.png", dpi=300)
    d = docx.Document()
    d.add_paragraph("本机关本年度政府信息公开申请办理情况见下表。")
    d.add_picture(str(png), width=Cm(16))
    path = tmp_path / "picture.docx"
    d.save(str(path))
    return path


def test_docx_table_picture_without_ocr_is_named(tmp_path: Path, monkeypatch) -> None:
    path = _docx_with_table_picture(tmp_path)
    monkeypatch.setenv("NIANBAO_NO_OCR", "1")
    doc = load_report(path)
    assert "见下表" in doc.text and any("image" in w and "not read" in w for w in doc.warnings)


def test_docx_table_picture_read_by_ocr(tmp_path: Path) -> None:
    from infer.documents import ocr

    from test_documents_support import cjk_font_installed

    if not ocr.available() or not cjk_font_installed():
        pytest.skip("OCR tests need Tesseract with chi_sim and a CJK system font (scripts/setup.sh --test)")
    result = extract(_docx_with_table_picture(tmp_path), use_model=False)
    assert "tesseract" in result.extractor and any("read by OCR" in w for w in result.warnings)
    got = {f.field: f.value for f in result.table_facts}
    assert result.table_template == "2021" and got.get("requests.outcome.total") == 64
