"""``infer extract`` on one or a few files under abuse (issue 13): odd outputs, odd permissions, odd
files. Every case ends in one line on stderr and exit 2 (or a warning and a result), never a
traceback or a hang. Each test reproduces one numbered case of the issue.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from infer.cli import app
from infer.textio import InputError, load_report
from test_batch import ROOT, report_text
from test_robust_support import as_unprivileged, open_tmp  # noqa: F401 - open_tmp is a fixture

REPORT = report_text(5)


def invoke(*args: str) -> tuple[int, str, str]:
    res = CliRunner().invoke(app, list(args), catch_exceptions=False)
    return res.exit_code, res.stdout, res.stderr


def one_line(stderr: str) -> str:
    assert stderr.count("\n") == 1 and stderr.startswith("infer: error: "), stderr
    return stderr


@pytest.fixture
def report(tmp_path: Path) -> Path:
    p = tmp_path / "r.txt"
    p.write_text(REPORT, encoding="utf-8")
    return p


# --- item 6: where the output goes ------------------------------------------------------------------

@pytest.mark.parametrize("fmt", ["json", "text"])
def test_output_naming_a_directory(report: Path, tmp_path: Path, fmt: str) -> None:
    code, _, err = invoke("extract", str(report), "--no-model", "-f", fmt, "-o", str(tmp_path))
    assert code == 2 and "is a directory" in one_line(err)


def test_output_on_a_full_disk(report: Path) -> None:
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full on this system")
    code, _, err = invoke("extract", str(report), "--no-model", "-f", "json", "-o", "/dev/full")
    assert code == 2 and "No space left" in one_line(err)


def test_default_html_page_next_to_a_read_only_input(open_tmp: Path) -> None:
    folder = open_tmp / "ro"
    folder.mkdir()
    (folder / "r.txt").write_text(REPORT, encoding="utf-8")
    folder.chmod(0o555)
    invoke("extract", str(folder / "r.txt"), "--no-model", "-f", "html", "-o", str(open_tmp / "warm.html"))
    code, _, err = as_unprivileged(invoke, "extract", str(folder / "r.txt"), "--no-model", "-f", "html")
    assert code == 2 and "--output" in one_line(err) and "Permission denied" in err


# --- item 7: a path under a folder without search permission ----------------------------------------

def test_single_file_under_a_folder_without_search_permission(open_tmp: Path) -> None:
    folder = open_tmp / "locked"
    folder.mkdir()
    (folder / "r.txt").write_text(REPORT, encoding="utf-8")
    folder.chmod(0o600)
    invoke("extract", str(folder / "r.txt"), "--no-model", "-f", "json")  # warm imports as root
    code, _, err = as_unprivileged(invoke, "extract", str(folder / "r.txt"), "--no-model")
    assert code == 2 and "permission denied" in one_line(err)


def test_unreadable_file_as_an_unprivileged_user(open_tmp: Path) -> None:
    f = open_tmp / "locked.txt"
    f.write_text("申请", encoding="utf-8")
    f.chmod(0)
    with pytest.raises(InputError, match="permission denied"):
        as_unprivileged(load_report, f)


# --- item 12: odd files ------------------------------------------------------------------------------

def test_a_nul_byte_inside_a_report_is_removed_with_a_warning(tmp_path: Path) -> None:
    data = REPORT.encode("utf-8")
    cut = data.index("二、".encode("utf-8"))
    f = tmp_path / "nul.txt"
    f.write_bytes(data[:cut] + b"\x00" + data[cut:])
    doc = load_report(f)
    assert doc.text == REPORT and any("NUL" in w for w in doc.warnings)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom(tmp_path: Path, codec: str) -> None:
    f = tmp_path / "u16.txt"
    f.write_bytes(REPORT.encode(codec))
    doc = load_report(f)
    assert doc.text == REPORT and doc.encoding == codec


def test_a_symlink_loop_is_named_as_such(tmp_path: Path) -> None:
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    with pytest.raises(InputError, match="symbolic link loop"):
        load_report(loop)
    broken = tmp_path / "broken.txt"
    broken.symlink_to(tmp_path / "gone.txt")
    with pytest.raises(InputError, match="broken symbolic link"):
        load_report(broken)


def test_a_fifo_is_skipped_not_waited_for(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    try:
        proc = subprocess.run([sys.executable, "-m", "infer.cli", "extract", str(fifo), "--no-model"], cwd=ROOT,
                              capture_output=True, text=True, timeout=60)
    except subprocess.TimeoutExpired:
        pytest.fail("reading a FIFO hung")
    assert proc.returncode == 2 and "not a regular file" in one_line(proc.stderr)


def test_negative_max_bytes_is_a_usage_error(report: Path) -> None:
    code, _, err = invoke("extract", str(report), "--no-model", "--max-bytes", "-1")
    assert code == 2 and "--max-bytes must be" in one_line(err)


@pytest.mark.parametrize("name", ["report.pdf", "report.txt"])
def test_an_ascii_pdf_is_refused_by_its_signature(tmp_path: Path, name: str) -> None:
    f = tmp_path / name
    f.write_bytes(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer\n<< >>\n%%EOF\n")
    code, out, err = invoke("extract", str(f), "--no-model", "-f", "json")
    assert code == 2 and "PDF" in one_line(err) and out == ""


def test_escape_sequences_in_a_file_name_are_escaped(tmp_path: Path) -> None:
    name = tmp_path / "a\x1b]0;owned\x07b.txt"
    code, _, err = invoke("extract", str(name), "--no-model")
    assert code == 2 and "\x1b" not in err and "\x07" not in err and "\\x1b]0;owned\\x07b.txt" in one_line(err)


def test_several_files_in_json_keep_the_failed_ones(report: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    code, out, _ = invoke("extract", str(report), str(empty), "--no-model", "-f", "json")
    records = json.loads(out)
    assert code == 2 and [r["file"] for r in records] == [str(report), str(empty)]
    assert records[1]["error"].startswith("InputError: ") and "empty" in records[1]["error"]
