"""Model pipeline vs regex baseline on the case/fee probe set (``tests/prose_probe.py``), per field group.

    .venv/bin/python bench/prose_probe.py            # summary table, then every passage either side gets wrong
    .venv/bin/python bench/prose_probe.py --summary  # the table only
    .venv/bin/python bench/prose_probe.py --context  # each passage inside an ordinary report (our own filler)
    .venv/bin/python bench/prose_probe.py --report-style   # the second batch (flattened provincial style); --all: both

Each passage runs through the whole pipeline (:func:`infer.pipeline.extract` on an in-memory document: normalise,
the shipped tagger, the linker) and through :func:`infer.baseline.extract_prose`, and both are scored with
:func:`infer.evaluate.score_pairs`, as ``infer evaluate --baseline`` scores reports. The probe set is written
by us and tuned on: it shows which classes the rules cover, not how well they generalise.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from infer.baseline import extract_prose  # noqa: E402
from infer.evaluate import GROUP_ORDER, PRF, _pairs, score_pairs  # noqa: E402
from infer.textio import Document, sha256_text  # noqa: E402
from tests.prose_probe import CONTEXT_AFTER, CONTEXT_BEFORE, CONTEXT_HEADING, PROBES, REPORT_STYLE  # noqa: E402


def model_facts(text: str, tagger: Any = None) -> dict[str, float]:
    """The pipeline's prose facts for one passage, ``{field: value}`` (two values of one field: the last)."""
    from infer.pipeline import extract

    doc = Document(path="probe.txt", text=text, encoding="utf-8", sha256=sha256_text(text))
    return {f.field: float(f.value) for f in extract(doc, tagger=tagger).prose_facts}


def run(tagger: Any = None, context: bool = False, probes: list = PROBES) -> tuple[dict[str, dict[str, PRF]], list[tuple[str, str, set, set, set]]]:
    """Scores per side (``model``, ``baseline``) and group, and per passage (id, text, gold, model, baseline).
    ``context``: each passage is read inside an ordinary report (:data:`tests.prose_probe.CONTEXT_BEFORE` …)."""
    from infer.pipeline import extract

    totals: dict[str, dict[str, PRF]] = {"model": {}, "baseline": {}}
    rows = []
    for pid, text, gold in probes:
        if context:
            text = CONTEXT_BEFORE + CONTEXT_HEADING + text + CONTEXT_AFTER
        doc = Document(path=f"{pid}.txt", text=text, encoding="utf-8", sha256=sha256_text(text))
        model = _pairs((f.field, f.value) for f in extract(doc, tagger=tagger).prose_facts)
        base = _pairs((f.field, f.value) for f in extract_prose(text))
        g = _pairs(gold.items())
        for side, pred in (("model", model), ("baseline", base)):
            for grp, prf in score_pairs(pred, g).items():
                totals[side].setdefault(grp, PRF()).add(prf)
        rows.append((pid, text, g, model, base))
    return totals, rows


def _fmt(prf: PRF | None) -> str:
    if prf is None:
        return f"{'-':>5} {'-':>5} {'-':>5} {'':>10}"
    return f"{prf.precision:5.3f} {prf.recall:5.3f} {prf.f1:5.3f} {prf.tp:>3}/{prf.fp}/{prf.fn:<4}"


def render(totals: dict[str, dict[str, PRF]], rows: list, summary_only: bool = False) -> str:
    lines = [f"probe set: {len(rows)} passages (tests/prose_probe.py)",
             f"{'group':<20} {'model P     R    F1  tp/fp/fn':<30} {'regex P     R    F1  tp/fp/fn':<30}"]
    for grp in GROUP_ORDER:
        m, b = totals["model"].get(grp), totals["baseline"].get(grp)
        if m is None and b is None:
            continue
        lines.append(f"{grp:<20} {_fmt(m):<30} {_fmt(b):<30}")
    if not summary_only:
        for pid, text, g, model, base in rows:
            if model == g and base == g:
                continue
            for part in (CONTEXT_BEFORE + CONTEXT_HEADING, CONTEXT_AFTER):
                text = text.replace(part, "")
            lines.append(f"\n[{pid}] {text}")
            for side, pred in (("model", model), ("regex", base)):
                extra, missed = sorted(pred - g), sorted(g - pred)
                if extra or missed:
                    lines.append(f"  {side:<5} extra {[f'{k}={v:g}' for k, v in extra]}  "
                                 f"missed {[f'{k}={v:g}' for k, v in missed]}")
    return "\n".join(lines)


if __name__ == "__main__":
    which = REPORT_STYLE if "--report-style" in sys.argv else PROBES + REPORT_STYLE if "--all" in sys.argv else PROBES
    totals, rows = run(context="--context" in sys.argv, probes=which)
    print(render(totals, rows, summary_only="--summary" in sys.argv))
