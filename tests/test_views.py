"""Views: the terminal view renders, and the HTML page is checked in a REAL headless browser
(Debian's chromium): the rendered DOM must hold every highlighted fact at its offsets."""
from __future__ import annotations

import io
import re
import shutil
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
from tests.browser import browser

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "report.txt"


class RegexTagger:
    """Stand-in for the model (tested elsewhere): digits before a unit are COUNTs, a few categories."""

    def tag(self, text: str):
        from infer.tagger import TaggedSpan

        pats = (("COUNT", r"\d+(?=件|起|条)"), ("RECEIVED", r"收到|受理"), ("CHANNEL", r"当面|网上|信函"),
                ("CASE", r"行政复议|行政诉讼"))
        return sorted(TaggedSpan(m.start(), m.end(), lab, 0.9) for lab, p in pats for m in re.finditer(p, text))


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
    run = browser(["--dump-dom", page.as_uri()], tmp_path)
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
    run = browser([f"--screenshot={shot}", "--window-size=1400,1000", page.as_uri()], tmp_path)
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


def _terminal(result, *, width: int = 100, show_all: bool = False) -> str:
    buf = io.StringIO()
    render_terminal(result, Console(file=buf, width=width, color_system=None), document_format="text",
                    show_all=show_all)
    return buf.getvalue()


def test_terminal_view_shows_mismatch(example_result) -> None:
    _, result = example_result
    out = _terminal(result, width=140)
    assert out.splitlines()[0] == "examples/report.txt" or str(EXAMPLE) in out
    assert "table: 2021 form, parsed" in out
    (line,) = [ln for ln in out.splitlines() if ln.startswith("review.total ")]
    assert line.split()[:4] == ["review.total", "5", "4", "mismatch"]


def _made_up_result():
    """A result written for this test: every status, a quiet tail, failed checks of both scopes."""
    from infer.result import Check, ExtractionResult, Reconciliation

    rows = [
        Reconciliation("requests.received", 70, 65, "explained",
                       "prose counts all requests handled this year: table 本年新收 65 + 上年结转 5"),
        Reconciliation("requests.carried_over", None, 5, "table_only"),
        Reconciliation("requests.channel.online", 40, None, "prose_only"),
        Reconciliation("requests.outcome.withheld", 3, 3, "match"),
        Reconciliation("requests.outcome.withheld.state_secret", None, 0, "table_only"),
        Reconciliation("requests.outcome.withheld.third_party", None, 3, "table_only"),
        Reconciliation("requests.outcome.other.overdue_correction", None, 0, "table_only"),
        Reconciliation("review.total", 2, 3, "mismatch", "prose 2 ≠ table 3"),
        Reconciliation("review.other", None, 0, "table_only"),
        Reconciliation("litigation.after_review.upheld", None, 0, "table_only"),
        Reconciliation("litigation.after_review.total", 1, 1, "match"),
        Reconciliation("fees.amount_yuan", 0, None, "prose_only"),
    ]
    checks = [Check("总计=自然人+法人或其他组织 [不予公开]", 3, 4, False, {"自然人": 2, "总计": 4}),
              Check("一+二=三(七)+四 [总计]", 70, 70, True, {})]
    prose = [Check("prose: channels sum to requests received", 70, 40, False,
                   {"requests.channel.online": 40, "requests.received": 70}, scope="prose")]
    return ExtractionResult(file="made/up.txt", encoding="gb18030", text_sha256="0" * 64,
                            table_template="2021", table_checks=checks, prose_checks=prose,
                            reconciliation=rows, table_status="parsed")


def test_terminal_view_one_line_per_field_in_sections() -> None:
    out = _terminal(_made_up_result(), width=110)
    lines = out.splitlines()
    # one line per shown field, the key whole at the start, the Chinese name on the same line
    for key, zh in (("requests.outcome.withheld.third_party", "保护第三方合法权益"),
                    ("litigation.after_review.total", "复议后起诉"), ("fees.amount_yuan", "收取的费用")):
        (line,) = [ln for ln in lines if ln.startswith(key + " ")]
        assert zh in line
    # sections in order, each under its own rule, fields under the right one
    titles = [ln.split()[0] for ln in lines if "───" in ln]
    assert titles == ["申请", "渠道", "办理结果", "行政复议", "行政诉讼", "其他"]
    assert lines.index(next(ln for ln in lines if ln.startswith("requests.channel.online"))) > \
        lines.index(next(ln for ln in lines if ln.startswith("渠道")))
    # a note that says more than the two numbers is shown, under its row; the plain mismatch note is not
    assert "本年新收 65 + 上年结转 5" in out and "prose 2 ≠ table 3" not in out
    # a narrow console shortens the Chinese name, never the key, and never wraps a row
    from rich.cells import cell_len

    narrow = _terminal(_made_up_result(), width=60).splitlines()
    assert max(cell_len(ln) for ln in narrow) <= 60
    def field_rows(ls: list[str]) -> list[str]:
        return [ln for ln in ls if re.match(r"[a-z_]+\.[a-z_.]+ ", ln)]

    assert [r.split()[0] for r in field_rows(narrow)] == [r.split()[0] for r in field_rows(lines)]
    assert any(r.endswith("…") for r in field_rows(narrow))


def test_terminal_view_collapses_zero_table_only_sub_rows() -> None:
    result = _made_up_result()
    out = _terminal(result)
    for hidden in ("requests.outcome.withheld.state_secret", "requests.outcome.other.overdue_correction",
                   "litigation.after_review.upheld"):
        assert hidden not in out
    # shown: a zero that is not a sub-row, a non-zero table-only sub-row
    assert "\nreview.other " in out and "\nrequests.outcome.withheld.third_party " in out
    assert "+ 2 table-only sub-rows, all 0; --all shows them" in out  # 办理结果
    assert "+ 1 table-only sub-row, all 0; --all shows them" in out  # 行政诉讼
    full = _terminal(result, show_all=True)
    assert "sub-row" not in full
    assert all(f"\n{r.field} " in full for r in result.reconciliation)


def test_terminal_view_puts_failed_checks_and_mismatches_under_the_header() -> None:
    out = _terminal(_made_up_result())
    head = out[:out.index("───")]
    assert "2 of 3 failed" in head
    assert "✗ table: 总计=自然人+法人或其他组织 [不予公开] — expected 3, got 4" in head
    assert "✗ prose: channels sum to requests received — expected 70, got 40" in head
    assert "review.total (prose 2, table 3)" in head
    assert out.rstrip().splitlines()[-1].startswith("✗ 1 field where prose and table disagree, 2 failed checks")


def test_terminal_view_closing_line_says_what_was_compared() -> None:
    from infer.result import Check, ExtractionResult, Reconciliation

    def verdict(rows, checks=()):
        r = ExtractionResult(file="x.txt", encoding="utf-8", text_sha256="", reconciliation=list(rows),
                             table_checks=list(checks))
        return _terminal(r).rstrip().splitlines()[-1]

    ok = Check("一+二=三(七)+四 [总计]", 5, 5, True, {})
    assert verdict([Reconciliation("review.total", 2, 2, "match")], [ok]) == \
        "✓ the 1 check passed; 1 field agrees between prose and table"
    assert verdict([Reconciliation("review.total", None, 2, "table_only")]) == \
        "· no field is stated in both prose and table (nothing to compare)"
    assert verdict([]) == "No statistics found in prose or tables."


def test_terminal_view_colours(monkeypatch: pytest.MonkeyPatch) -> None:
    buf = io.StringIO()
    render_terminal(_made_up_result(), Console(file=buf, width=120, force_terminal=True, color_system="standard"))
    out = buf.getvalue()
    red, yellow, green = "\x1b[1;31m", "\x1b[33m", "\x1b[32m"
    assert f"{red}mismatch" in out and f"{yellow}explained" in out and f"{green}match" in out


def test_piped_text_view_is_wide_and_never_breaks_a_key(monkeypatch: pytest.MonkeyPatch) -> None:
    from infer.views.terminal import PIPE_WIDTH, make_console

    monkeypatch.delenv("COLUMNS", raising=False)
    assert make_console(io.StringIO()).width == PIPE_WIDTH
    monkeypatch.setattr(infer.pipeline, "load_tagger", lambda model_dir=None: RegexTagger())
    res = CliRunner().invoke(app, ["extract", str(EXAMPLE)], catch_exceptions=False)
    assert res.exit_code == 0
    keys = [ln.split()[0] for ln in res.stdout.splitlines() if re.match(r"[a-z_]+\.[a-z_.]+ ", ln)]
    from infer.schema import is_field

    assert keys and all(is_field(k) for k in keys)
    assert "sub-rows, all 0" in res.stdout
    res_all = CliRunner().invoke(app, ["extract", "--all", str(EXAMPLE)], catch_exceptions=False)
    assert "sub-rows, all 0" not in res_all.stdout and len(res_all.stdout) > len(res.stdout)
    assert "--all" in CliRunner().invoke(app, ["extract", "--help"]).stdout


def test_html_source_page_in_browser(raw_dir: Path, tmp_path: Path) -> None:
    """A saved HTML report (tables as TAB rows in the extracted text) highlights its table cells."""
    doc = load_report(raw_dir / "pt2025.html")
    result = extract(doc, use_model=False)
    assert len(result.table_facts) > 20
    page = tmp_path / "pt2025.html"
    page.write_text(render_html(result, doc.text, document_format=doc.format), encoding="utf-8")
    run = browser(["--dump-dom", page.as_uri()], tmp_path)
    assert run.returncode == 0, run.stderr[-2000:]
    marks = _Marks()
    marks.feed(run.stdout)
    for i, t in enumerate(result.table_facts):
        assert marks.text.get(f"t{i}") == doc.text[t.start:t.end]


# --- low-confidence prose facts: shown apart, as reconciliation treats them ------------------------------

def _low_confidence_result():
    """A made-up report: the same field stated twice in prose, once by a fact the linker is sure of
    (which disagrees with the table) and once by one below the threshold, and an unsure fact of a
    field only the table states otherwise. Reconciled by the real reconcile()."""
    from infer.reconcile import reconcile
    from infer.result import LOW_SCORE, ExtractionResult, ProseFact, TableFact

    text = "全年登记信息公开申请48件。另有来访咨询9件。复议4起。\n新收申请\t50\n行政复议\t6\n"
    sure = text.index("48")
    unsure = text.index("9件")
    review = text.index("4起")
    cell = text.index("\t6") + 1
    received = text.index("\t50") + 1
    prose = [ProseFact("requests.received", 48, sure, sure + 2, "48", LOW_SCORE),  # at the threshold: reconciled
             ProseFact("requests.received", 9, unsure, unsure + 1, "9", LOW_SCORE - 0.01),
             ProseFact("review.total", 4, review, review + 1, "4", 0.2)]
    table = [TableFact("requests.received", 50, "新收申请", "总计", received, received + 2),
             TableFact("review.total", 6, "行政复议", "总计", cell, cell + 1)]

    class _Table:
        facts = table

    rec = reconcile(prose, _Table())
    result = ExtractionResult(file="made/low.txt", encoding="utf-8", text_sha256="0", prose_facts=prose,
                              table_facts=table, reconciliation=rec.rows, prose_checks=rec.prose_checks)
    return text, result


def test_views_use_the_reconciliation_threshold() -> None:
    from infer.views import unsure_facts

    _, result = _low_confidence_result()
    rows = {r.field: r for r in result.reconciliation}
    # reconciliation ignored exactly the facts the views set apart
    assert rows["requests.received"].prose == 48 and rows["requests.received"].status == "mismatch"
    assert rows["requests.received"].explanation == "prose 48 ≠ table 50"  # the unsure 9 is not "also stated"
    assert rows["review.total"].status == "table_only"
    assert [(f.field, f.value) for f in unsure_facts(result)] == [("requests.received", 9), ("review.total", 4)]


def test_html_page_greys_low_confidence_facts() -> None:
    from infer.views import UNSURE_NOTE

    text, result = _low_confidence_result()
    page = render_html(result, text)
    marks = {m.group(2): m.group(1) for m in re.finditer(r'<mark class="([^"]*)"[^>]*data-facts="([^"]*)"', page)}
    # the sure fact of a mismatched field is outlined; the unsure one of the same field is greyed, not outlined
    assert marks["p0"] == "fact prose mismatch"
    assert marks["p1"].split() == ["fact", "prose", "unsure"] and marks["p2"].split() == ["fact", "prose", "unsure"]
    # the reconciled value links to the sure fact, never to the unsure one
    assert '<a href="#fact-p0">48</a>' in page and 'href="#fact-p1">9<' not in page.split('id="unsure"')[0]
    # listed apart, each linking to its highlight, with the threshold named
    unsure = page.split('<section class="box unsure-list" id="unsure">', 1)[1].split("</section>", 1)[0]
    assert 'href="#fact-p1"' in unsure and 'href="#fact-p2"' in unsure and "score 0.49" in unsure
    assert UNSURE_NOTE in unsure and "below 0.5" in UNSURE_NOTE
    assert "3 prose facts (2 low confidence, not reconciled)" in page
    # a report without unsure facts has no such section
    result.prose_facts = result.prose_facts[:1]
    assert 'id="unsure"' not in render_html(result, text)


def test_terminal_view_lists_low_confidence_facts_apart() -> None:
    _, result = _low_confidence_result()
    out = _terminal(result, width=120)
    lines = out.splitlines()
    assert "3 facts from prose (2 low confidence, not reconciled)" in lines[1]
    at = next(i for i, ln in enumerate(lines) if ln.startswith("? 2 prose facts: low confidence, not reconciled"))
    assert "(score below 0.5)" in lines[at]
    assert lines[at + 1].split()[:3] == ["requests.received", "=", "9"] and lines[at + 1].startswith("  ")
    assert lines[at + 2].split()[:3] == ["review.total", "=", "4"] and "score 0.20" in lines[at + 2]
    # never a field row (those start at column 0), and the verdict stays the last line
    (row,) = [ln for ln in lines if ln.startswith("requests.received ")]
    assert row.split()[:4] == ["requests.received", "48", "50", "mismatch"]
    assert lines[-1].startswith(("✓", "·", "✗")) and at < len(lines) - 1
    # only unsure prose facts and nothing else: said so, not "nothing found"
    from infer.result import ExtractionResult

    only = ExtractionResult(file="x.txt", encoding="utf-8", text_sha256="", prose_facts=result.prose_facts[1:2])
    tail = _terminal(only).rstrip().splitlines()
    assert tail[-1] == "No statistics found in prose or tables (only low-confidence prose facts, listed above)."
