"""Write heldout/reports/* and heldout/gold.json: ``.venv/bin/python -m heldout.build``.

The set is LOCKED (heldout/README.md): rebuild only to fix a real gold mistake, and say so in the README.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from infer.schema import FIELD_KEYS
from infer.textio import load_report

from .damage import traditional
from .reports import REPORTS

HERE = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    """``--out DIR``: write there instead of heldout/ (the test rebuilds into a temporary folder and compares)."""
    argv = sys.argv[1:] if argv is None else argv
    root = Path(argv[argv.index("--out") + 1]) if "--out" in argv else HERE
    out_dir = root / "reports"
    out_dir.mkdir(parents=True, exist_ok=True)
    gold: dict = {"_about": (
        "Held-out fictional reports (heldout/README.md): 30 reports written blind to the extraction rules, "
        "fact-level gold per annotations/gold/GUIDELINES.md. LOCKED: scored to report, never to choose a rule.")}
    for fn in REPORTS:
        r = fn()
        text, issuer = r.text, r.issuer
        if r.script != "simplified":
            text, issuer = traditional(text, r.script), traditional(issuer, r.script)
        path = out_dir / f"{r.name}.{r.ext}"
        path.write_text(text, encoding="utf-8")
        doc = load_report(path)
        i = doc.text.find(issuer)
        for k, v in list(r.prose.items()) + list(r.table.items()) + list(r.table_ambiguous.items()):
            assert k in FIELD_KEYS, (r.name, k)
        gold[path.name] = {
            "report": {"issuer_span": [i, i + len(issuer)] if i >= 0 else None, "year": r.year,
                       "published": r.published, "template": r.template,
                       "script": "simplified" if r.script == "simplified" else "traditional"},
            "prose": dict(sorted(r.prose.items())),
            "table": dict(sorted(r.table.items())),
            "table_ambiguous": dict(sorted(r.table_ambiguous.items())),
            "notes": r.notes,
        }
        print(f"{path.name}\t{len(doc.text)} chars\tprose {len(r.prose)}\ttable {len(r.table)}\t"
              f"ambiguous {len(r.table_ambiguous)}", file=sys.stderr)
    (root / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
