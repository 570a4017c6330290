"""Build devset2/prose: write every report's text and its gold from one place, so the two cannot drift.

Each report lives in ``texts_a.py`` / ``texts_b.py`` as a :class:`Report`: its text (simplified; the
issuing body's name is marked ``⟪…⟫`` once, where the title or opening states it), the script it is
published in (``s2t``/``s2hk`` convert the whole report, markers included, the way mirror sites do), and
its prose gold. The markers are removed after conversion and the issuer offsets are computed from the
text written, then checked against ``infer.textio.load_report`` (which is what the scorer reads).

Run from the repository root: ``.venv/bin/python devset2/prose/build.py``. Running it twice gives the
same files byte for byte.
"""
from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent.parent))

OPEN, CLOSE = "⟪", "⟫"


@dataclass
class Report:
    """One invented report: text, metadata and the prose facts it states (table is always empty here)."""

    name: str
    year: int
    published: str | None
    template: str | None
    text: str
    prose: dict[str, float]
    notes: str = ""
    script: str | None = None  # None (simplified), "s2t" or "s2hk"
    extra: dict = field(default_factory=dict)


def _hard_wrap(text: str, width: int) -> str:
    """Break every line after ``width`` characters, as text copied out of a PDF is; never inside a digit run
    (a break there would change what the number is, not only where it stands)."""
    out: list[str] = []
    for line in text.split("\n"):
        while len(line) > width:
            cut = width
            while 0 < cut < len(line) and line[cut - 1].isdigit() and line[cut].isdigit():
                cut -= 1
            out.append(line[:cut])
            line = line[cut:]
        out.append(line)
    return "\n".join(out)


def apply_layout(text: str, layout: str | None) -> str:
    """Damage the text the way scrapers and mirror sites do (see README: layout/damage column)."""
    if layout is None:
        return text
    if layout == "flatten":  # every line break lost: the whole report is one line
        return "".join(text.split("\n")) + "\n"
    if layout == "wrap36":
        return _hard_wrap(text, 36)
    if layout == "fullwidth":  # digits as full-width characters
        return text.translate({ord(d): 0xFF10 + int(d) for d in "0123456789"})
    if layout == "indent":  # paragraphs indented with two ideographic spaces, blank lines dropped
        return "\n".join("\u3000\u3000" + ln for ln in text.split("\n") if ln.strip()) + "\n"
    raise ValueError(layout)


def render(r: Report) -> tuple[str, list[int]]:
    """Return the final text and the issuer span, after optional script conversion and layout damage."""
    text = apply_layout(r.text.strip("\n") + "\n", r.extra.get("layout"))
    if r.script:
        from opencc import OpenCC

        text = OpenCC(r.script).convert(text)
    assert text.count(OPEN) == 1 and text.count(CLOSE) == 1, r.name
    start = text.index(OPEN)
    end = text.index(CLOSE) - 1
    text = text.replace(OPEN, "", 1).replace(CLOSE, "", 1)
    return text, [start, end]


def main() -> None:
    from texts_a import REPORTS as A
    from texts_b import REPORTS as B
    from infer.schema import is_field, is_scored
    from infer.textio import load_report

    reports = A + B
    names = [r.name for r in reports]
    assert len(names) == len(set(names)), "duplicate report name"
    out_dir = HERE / "reports"
    out_dir.mkdir(exist_ok=True)
    gold: dict = {"_about": "devset2/prose: 30 invented narrative reports (prose facts only; tables dropped "
                            "or never there), written blind to the rules; built by devset2/prose/build.py. "
                            "See README.md."}
    for r in reports:
        text, span = render(r)
        assert 600 <= len(text) <= 3000, (r.name, len(text))
        for k in r.prose:
            assert is_field(k) and is_scored(k), (r.name, k)
        path = out_dir / f"{r.name}.txt"
        path.write_text(text, encoding="utf-8")
        loaded = load_report(path).text
        assert loaded == text, f"{r.name}: load_report changes the text"
        gold[path.name] = {
            "report": {"issuer_span": span, "year": r.year, "published": r.published, "template": r.template},
            "prose": dict(sorted(r.prose.items())),
            "table": {},
            "table_ambiguous": {},
            "notes": r.notes,
        }
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    for r in reports:
        text, span = render(r)
        print(f"{r.name} {len(text):5d} chars  issuer={text[span[0]:span[1]]}  facts={len(r.prose)}")


if __name__ == "__main__":
    main()
