"""The overview page in a REAL headless browser (Debian's chromium, installed by scripts/setup.sh --test):
it renders, its SVG charts are in the DOM with a mark per category and per report, its links resolve
to the per-report views written beside it, and a screenshot is produced. With ../shared present, the
page built from seed 000 through the shipped model lists it among the reports that disagree."""
from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest

from infer.overview import build_overview
from tests.browser import browser
from tests.overview_fixture import make_collection


class _Dom(HTMLParser):
    """Counts the chart marks and collects every link of a DOM dump."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.svgs: list[str] = []
        self.bars = self.dots = 0
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "svg":
            self.svgs.append(a.get("id") or "")
        elif tag == "rect" and "bar" in (a.get("class") or ""):
            self.bars += 1
        elif tag == "circle" and "dot" in (a.get("class") or ""):
            self.dots += 1
        elif tag == "a" and a.get("href"):
            self.links.append(a["href"] or "")


@pytest.fixture
def page(tmp_path: Path) -> Path:
    out = tmp_path / "site" / "overview.html"
    build_overview(make_collection(tmp_path / "reports"), out)
    return out


def test_overview_renders_with_charts_and_resolving_links(page: Path, tmp_path: Path) -> None:
    run = browser(["--dump-dom", page.as_uri()], tmp_path)
    assert run.returncode == 0, run.stderr[-2000:]
    dom = _Dom()
    dom.feed(run.stdout)
    assert {"chart-year", "chart-template", "chart-status"} <= set(dom.svgs)
    assert any(s.startswith("dist-") for s in dom.svgs)
    assert dom.bars >= 2 + 1 + 2  # two years, one template, parsed + error
    assert dom.dots >= 4  # one per report stating requests.received
    views = [h for h in dom.links if not h.startswith("#")]
    assert views, "no report is linked"
    for href in views:
        target = (page.parent / unquote(urlparse(href).path)).resolve()
        assert target.is_file(), href
    # a linked view opens in the browser too, and shows its report's highlighted facts
    first = (page.parent / unquote(views[0])).resolve()
    view = browser(["--dump-dom", first.as_uri()], tmp_path)
    assert view.returncode == 0 and "<mark" in view.stdout
    for anchor in (h[1:] for h in dom.links if h.startswith("#")):
        assert f'id="{anchor}"' in run.stdout


def test_overview_screenshot(page: Path, tmp_path: Path) -> None:
    shot = tmp_path / "overview.png"
    run = browser([f"--screenshot={shot}", "--window-size=1400,2000", page.as_uri()], tmp_path)
    assert run.returncode == 0, run.stderr[-2000:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 30_000


@pytest.mark.slow
def test_seed_000_is_listed_among_disagreeing_reports(seed_paths: list[Path], tmp_path: Path) -> None:
    from infer.pipeline import extract

    path = next(p for p in seed_paths if p.name.startswith("000_"))
    jsonl = tmp_path / "facts.jsonl"
    jsonl.write_text(json.dumps(extract(path).to_json(), ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "overview.html"
    done = build_overview(jsonl, out)
    assert [d.report.name for d in done.overview.disagreements] == [path.name]
    html = out.read_text(encoding="utf-8")
    section = html.split('id="disagreements"', 1)[1].split("</section>", 1)[0]
    assert re.search(rf'<a class="report" href="[^"]+">{re.escape(path.name)}</a>', section)
