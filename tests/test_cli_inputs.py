"""What ``infer`` says it reads: every help text and input error lists the formats the loader really
accepts (PDF and Word included), taken from the one constant :data:`infer.textio.REPORT_SUFFIXES`,
never from a copied list that falls behind when the loader learns a format."""
from __future__ import annotations

import re
from pathlib import Path

import typer
from typer.testing import CliRunner

from infer.batch.inputs import NO_REPORT_FILES, expand_inputs
from infer.cli import app
from infer.documents import DOCUMENT_SUFFIXES
from infer.textio import HTML_SUFFIXES, REPORT_SUFFIXES, describe_report_suffixes

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()


def _mentions(text: str, suffix: str) -> bool:
    """``suffix`` as a whole word (``.doc`` is not found inside ``.docx``)."""
    return re.search(re.escape(suffix) + r"(?![A-Za-z0-9])", text) is not None


def _extract_param_help(name: str) -> str:
    extract = typer.main.get_command(app).commands["extract"]  # type: ignore[attr-defined]
    param = next(p for p in extract.params if p.name == name)
    return getattr(param, "help", None) or ""


def test_the_one_list_holds_every_format_the_loader_reads() -> None:
    assert ".txt" in REPORT_SUFFIXES
    assert set(HTML_SUFFIXES) <= set(REPORT_SUFFIXES)
    assert set(DOCUMENT_SUFFIXES) <= set(REPORT_SUFFIXES)
    assert {".pdf", ".docx", ".doc"} <= set(REPORT_SUFFIXES)
    assert describe_report_suffixes() == ", ".join(REPORT_SUFFIXES)


def test_extract_help_lists_pdf_and_word() -> None:
    res = runner.invoke(app, ["extract", "--help"], env={"COLUMNS": "200"})
    assert res.exit_code == 0
    for suffix in (".pdf", ".docx", ".txt", ".html"):
        assert _mentions(res.stdout, suffix), suffix


def test_file_and_batch_help_are_built_from_the_constant() -> None:
    """The FILE argument and the batch mode (``--jsonl``: what a folder is searched for) both carry
    the loader's list verbatim."""
    assert describe_report_suffixes() in _extract_param_help("files")
    assert describe_report_suffixes() in _extract_param_help("jsonl")


def test_empty_folder_error_lists_every_accepted_format(tmp_path: Path) -> None:
    folder = tmp_path / "empty"
    folder.mkdir()
    (folder / "notes.md").write_text("# not a report\n", encoding="utf-8")
    res = runner.invoke(app, ["extract", str(folder), "--jsonl", str(tmp_path / "out.jsonl"), "--no-model"])
    assert res.exit_code == 2
    assert NO_REPORT_FILES in res.stderr
    for suffix in REPORT_SUFFIXES:
        assert _mentions(res.stderr, suffix), suffix


def test_folder_search_finds_documents_and_skips_images(tmp_path: Path) -> None:
    for name in ("a.txt", "b.pdf", "c.docx", "d.doc", "e.htm", "f.png", "g.md"):
        (tmp_path / name).write_bytes(b"x")
    found = {Path(p).name for p in expand_inputs([str(tmp_path)])}
    assert found == {"a.txt", "b.pdf", "c.docx", "d.doc", "e.htm"}


def test_binary_file_error_names_what_is_read(tmp_path: Path) -> None:
    """An image (or any binary file) is refused in one line that says which formats are read."""
    image = tmp_path / "scan.png"
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 200)
    res = runner.invoke(app, ["extract", "--no-model", str(image)])
    assert res.exit_code == 2
    line = res.stderr.strip()
    assert "\n" not in line and "binary" in line
    assert _mentions(line, ".pdf") and _mentions(line, ".docx")


def test_no_copied_suffix_list_in_messages() -> None:
    """No module of ``infer`` spells a list of report suffixes of its own (``.txt, .html`` or
    ``.txt/.html/.htm``): messages use :func:`describe_report_suffixes`."""
    copied = re.compile(r"\.txt\s*[,/]\s*\.html?\b")
    offenders = [str(p.relative_to(ROOT)) for p in sorted((ROOT / "infer").rglob("*.py"))
                 if copied.search(p.read_text(encoding="utf-8"))]
    assert offenders == []


def test_a_pdf_with_junk_before_its_header_says_how_to_read_it(tmp_path: Path) -> None:
    """A PDF that reaches the text decoder (bytes before ``%PDF-``, not named .pdf) is refused with
    the way to read it, never with "PDF is not read" (it is)."""
    f = tmp_path / "download.txt"
    f.write_bytes(b"HTTP junk\n%PDF-1.4\n1 0 obj\n<< >>\nendobj\n%%EOF\n")
    res = runner.invoke(app, ["extract", "--no-model", str(f)])
    assert res.exit_code == 2
    assert "PDF" in res.stderr and _mentions(res.stderr, ".pdf") and "not read" not in res.stderr
