"""The held-out fictional set (heldout/): its gold is well-formed and its reports are what the builder writes.

These tests check the gold file, never a score: the set is LOCKED (heldout/README.md), scored to report only.
"""
from __future__ import annotations

import json
import numbers
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from infer.schema import FIELD_KEYS  # noqa: E402
from infer.textio import load_report  # noqa: E402

HELDOUT = ROOT / "heldout"
GOLD = json.loads((HELDOUT / "gold.json").read_text(encoding="utf-8"))
REPORTS = {k: v for k, v in GOLD.items() if not k.startswith("_")}
SECTIONS = {"report", "prose", "table", "table_ambiguous", "notes"}


def _is_number(v) -> bool:
    return isinstance(v, numbers.Real) and not isinstance(v, bool)


def test_about_and_size():
    assert GOLD.get("_about")
    assert len(REPORTS) == 30


@pytest.mark.parametrize("name", sorted(REPORTS))
def test_entry_is_well_formed(name):
    entry = REPORTS[name]
    assert set(entry) == SECTIONS, set(entry) ^ SECTIONS
    assert (HELDOUT / "reports" / name).is_file()
    for section in ("prose", "table"):
        for key, value in entry[section].items():
            assert key in FIELD_KEYS, (section, key)
            assert _is_number(value) and value >= 0, (section, key, value)
    for key, cands in entry["table_ambiguous"].items():
        assert key in FIELD_KEYS and key not in entry["table"], key
        assert isinstance(cands, list) and len(set(cands)) >= 2 and all(_is_number(c) for c in cands), (key, cands)
    meta = entry["report"]
    assert 2008 <= meta["year"] <= 2025
    assert meta["template"] in (None, "pre2019", "2019", "2021")
    assert (meta["template"] is None) == (not entry["table"] and not entry["table_ambiguous"]) or name == "h28.txt"
    if meta["issuer_span"] is not None:
        a, b = meta["issuer_span"]
        assert 0 <= a < b <= len(load_report(HELDOUT / "reports" / name).text)


def test_variety():
    """The set covers what it claims: scripts, templates, HTML, lengths."""
    metas = [e["report"] for e in REPORTS.values()]
    assert sum(m["script"] == "traditional" for m in metas) >= 9
    assert {m["template"] for m in metas} >= {None, "pre2019", "2019", "2021"}
    assert sum(n.endswith(".html") for n in REPORTS) >= 3
    years = {m["year"] for m in metas}
    assert min(years) <= 2009 and max(years) >= 2025
    lengths = [len(load_report(HELDOUT / "reports" / n).text) for n in REPORTS]
    assert min(lengths) >= 1500 and max(lengths) >= 8000


def _table_identities(t: dict) -> list[tuple[str, float, float]]:
    """The national form's arithmetic on the gold table, where every term is in the gold."""
    out = []

    def check(label, whole, parts):
        if whole in t and all(p in t for p in parts):
            out.append((label, t[whole], sum(t[p] for p in parts)))

    groups = {"withheld": 8, "unavailable": 3, "not_processed": 5, "other": 3}
    for g in groups:
        subs = [k for k in FIELD_KEYS if k.startswith(f"requests.outcome.{g}.")]
        if any(s in t for s in subs):
            check(g, f"requests.outcome.{g}", subs)
    outcome = [f"requests.outcome.{x}" for x in ("disclosed", "partial", "withheld", "unavailable", "not_processed", "other")]
    check("(七)", "requests.outcome.total", outcome)
    if all(k in t for k in ("requests.received", "requests.carried_over", "requests.outcome.total",
                            "requests.carried_forward")):
        out.append(("一+二=三+四", t["requests.received"] + t["requests.carried_over"],
                    t["requests.outcome.total"] + t["requests.carried_forward"]))
    check("applicants", "requests.received", ["requests.applicant.natural_person", "requests.applicant.organization"])
    for block in ("review", "litigation.direct", "litigation.after_review", "litigation"):
        check(block, f"{block}.total", [f"{block}.{r}" for r in ("upheld", "corrected", "other", "pending")])
    for r in ("upheld", "corrected", "other", "pending", "total"):
        check(f"litigation.{r}", f"litigation.{r}", [f"litigation.direct.{r}", f"litigation.after_review.{r}"])
    return out


@pytest.mark.parametrize("name", sorted(n for n, e in REPORTS.items() if e["report"]["template"] in ("2019", "2021")))
def test_form_tables_add_up(name):
    """No table in the set is deliberately inconsistent: every identity the gold can check holds."""
    bad = [(label, a, b) for label, a, b in _table_identities(REPORTS[name]["table"]) if a != b]
    assert not bad


def test_identity_check_can_fail():
    t = {"review.total": 3, "review.upheld": 1, "review.corrected": 1, "review.other": 0, "review.pending": 0}
    assert [x for x in _table_identities(t) if x[1] != x[2]]


def test_builder_reproduces_the_set(tmp_path):
    """The committed reports and gold are exactly what heldout/build writes."""
    subprocess.run([sys.executable, "-m", "heldout.build", "--out", str(tmp_path)], cwd=ROOT, check=True,
                   capture_output=True)
    for path in sorted((HELDOUT / "reports").iterdir()):
        assert (tmp_path / "reports" / path.name).read_bytes() == path.read_bytes(), path.name
    assert (tmp_path / "gold.json").read_text(encoding="utf-8") == (HELDOUT / "gold.json").read_text(encoding="utf-8")
