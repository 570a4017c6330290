"""Views: the terminal view renders, and the HTML page is checked in a REAL headless browser
(Debian's chromium): the rendered DOM must hold every highlighted fact at its offsets."""
from __future__ import annotations

import io
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

import infer.pipeline
from infer.cli import app
from infer.pipeline import extract
from infer.textio import load_report
from infer.views.html_page import render_html
from infer.views.terminal import render_terminal

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "report.txt"


class RegexTagger:
    """Stand-in for the model (tested elsewhere): digits before a unit are COUNTs, a few categories."""

    def tag(self, text: str):
        from infer.tagger import TaggedSpan

        pats = (("COUNT", r"\d+(?=件|起|条)"), ("RECEIVED", r"收到|受理"), ("CHANNEL", r"当面|网上|信函"),
                ("CASE", r"行政复议|行政诉讼"))
        return sorted(TaggedSpan(m.start(), m.end(), lab, 0.9) for lab, p in pats for m in re.finditer(p, text))


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


def _browser(args: list[str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    exe = _chromium()
    if exe is None:
        pytest.skip("chromium is not installed (apt-get install -y chromium)")
    cmd = [exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           "--disable-dev-shm-usage", f"--user-data-dir={tmp_path / 'chromium-profile'}", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120)


class _Marks(HTMLParser):
    """Collects, from a DOM dump, the text inside each <mark data-facts=...> per fact id."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[list[str] | None] = []
        self.text: dict[str, str] = {}
        self.rows: dict[str, str] = {}
        self._row: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "mark":
            self.stack.append((a.get("data-facts") or "").split())
        if tag == "tr" and a.get("data-field"):
            self._row = a["data-field"]
            self.rows[self._row] = a.get("class") or ""

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark" and self.stack:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        for ids in self.stack:
            for i in ids or ():
                self.text[i] = self.text.get(i, "") + data


@pytest.fixture
def example_result():
    doc = load_report(EXAMPLE)
    return doc, extract(doc, tagger=RegexTagger())


def test_html_page_rendered_by_chromium_shows_every_fact(example_result, tmp_path: Path) -> None:
    doc, result = example_result
    assert result.prose_facts and result.table_facts
    page = tmp_path / "report.html"
    page.write_text(render_html(result, doc.text, document_format=doc.format), encoding="utf-8")
    run = _browser(["--dump-dom", page.as_uri()], tmp_path)
    assert run.returncode == 0, run.stderr[-2000:]
    dom = run.stdout
    assert "<mark" in dom and "http://" not in dom.split("<body", 1)[1] and "<script" not in dom
    marks = _Marks()
    marks.feed(dom)
    for i, f in enumerate(result.prose_facts):
        assert marks.text.get(f"p{i}") == f.text == doc.text[f.start:f.end]
    for i, t in enumerate(result.table_facts):
        assert marks.text.get(f"t{i}") == doc.text[t.start:t.end]
    # the report text survives rendering unchanged (highlighting only wraps it)
    report = re.search(r'<div id="report">(.*?)</div>', dom, re.S)
    assert report is not None
    plain = re.sub(r"<[^>]+>", "", report.group(1))
    import html as _html
    assert _html.unescape(plain) == doc.text
    # the example's deliberate disagreement is shown as a mismatch row and outlined facts
    assert "mismatch" in marks.rows.get("review.total", "")
    assert re.search(r'<mark class="[^"]*prose[^"]*mismatch', dom)


def test_screenshot_is_produced(example_result, tmp_path: Path) -> None:
    doc, result = example_result
    page = tmp_path / "report.html"
    page.write_text(render_html(result, doc.text), encoding="utf-8")
    shot = tmp_path / "shot.png"
    run = _browser([f"--screenshot={shot}", "--window-size=1400,1000", page.as_uri()], tmp_path)
    assert run.returncode == 0, run.stderr[-2000:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000


def test_cli_html_default_path_and_output(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(infer.pipeline, "load_tagger", lambda model_dir=None: RegexTagger())
    src = tmp_path / "r.txt"
    shutil.copy(EXAMPLE, src)
    res = CliRunner().invoke(app, ["extract", "-f", "html", str(src)], catch_exceptions=False)
    assert res.exit_code == 0, res.stderr
    page = Path(str(src) + ".nianbao.html")
    assert page.exists() and "<mark" in page.read_text(encoding="utf-8")
    out = tmp_path / "out.html"
    res = CliRunner().invoke(app, ["extract", "--no-model", "-f", "html", "-o", str(out), str(src)])
    assert res.exit_code == 0 and "table fact" in out.read_text(encoding="utf-8")


def test_html_page_escapes_markup_in_text() -> None:
    from infer.result import ExtractionResult, ProseFact

    text = "<script>alert(1)</script> 共受理申请3件 & 完"
    start = text.index("3")
    res = ExtractionResult(file="x<y>.txt", encoding="utf-8", text_sha256="0",
                           prose_facts=[ProseFact("requests.received", 3, start, start + 1, "3", 0.9)])
    page = render_html(res, text)
    assert "<script>" not in page and "&lt;script&gt;" in page and "x&lt;y&gt;.txt" in page
    assert 'data-facts="p0"' in page


def test_terminal_view_shows_mismatch(example_result) -> None:
    _, result = example_result
    buf = io.StringIO()
    render_terminal(result, Console(file=buf, width=140, color_system=None))
    out = buf.getvalue()
    assert "examples/report.txt" in out or str(EXAMPLE) in out
    assert "review.total" in out and "mismatch" in out and "template  2021" in out


def test_html_source_page_in_browser(raw_dir: Path, tmp_path: Path) -> None:
    """A saved HTML report (tables as TAB rows in the extracted text) highlights its table cells."""
    doc = load_report(raw_dir / "pt2025.html")
    result = extract(doc, use_model=False)
    assert len(result.table_facts) > 20
    page = tmp_path / "pt2025.html"
    page.write_text(render_html(result, doc.text, document_format=doc.format), encoding="utf-8")
    run = _browser(["--dump-dom", page.as_uri()], tmp_path)
    assert run.returncode == 0, run.stderr[-2000:]
    marks = _Marks()
    marks.feed(run.stdout)
    for i, t in enumerate(result.table_facts):
        assert marks.text.get(f"t{i}") == doc.text[t.start:t.end]
