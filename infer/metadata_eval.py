"""Per-field accuracy of :mod:`infer.metadata` against a gold file's ``report`` objects.

``python -m infer.metadata_eval annotations/gold/corpus.json --split dev`` prints one line per field;
``python -m infer.metadata_eval devset2/meta/gold.json --reports devset2/meta/reports`` scores any gold
file whose entries carry a ``report`` object (a set without ``splits.json`` is scored whole). Gold
``report`` = ``{issuer_span, year, published, template}``; a key the gold leaves out means "not
stated" (``None``), so predicting something there is an error. The issuer is right when its text as
written equals the gold span's text (a body named several times may be annotated at any of them); a
gold that writes the name instead of its offsets (``issuer``, in the entry or its ``report``) is
compared by text, and ``issuer_normalized``, where the gold gives it, by the normalised name.
``issuer_span`` additionally counts exact offsets. The template comes from the table parser, so this
scores the pipeline's tables too. Entries without a ``report`` object are not scored.
"""
from __future__ import annotations

import argparse
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from infer.metadata import ReportMeta, read_metadata
from infer.textio import load_report

ROOT = Path(__file__).resolve().parent.parent
FIELDS = ("issuer", "issuer_normalized", "issuer_span", "year", "published", "template")
#: the split name that scores every entry, whatever splits.json says
ALL = "all"


@dataclass
class MetaScore:
    right: dict[str, int] = field(default_factory=lambda: {f: 0 for f in FIELDS})
    counted: dict[str, int] = field(default_factory=lambda: {f: 0 for f in FIELDS})
    total: int = 0
    errors: list[str] = field(default_factory=list)

    def accuracy(self, name: str) -> float:
        return self.right[name] / self.counted[name] if self.counted[name] else 0.0


def _split_of(name: str, splits: dict[str, list[str]]) -> str | None:
    prefix = name[:len(name) - len(name.lstrip("abcdefghijklmnopqrstuvwxyz-"))].rstrip("-")
    for split, bodies in splits.items():
        if prefix in bodies:
            return split
    return None


def _splits(gold_path: Path) -> dict[str, list[str]] | None:
    """The split table beside the gold file, or None when the set has none (a blind tuning set)."""
    path = gold_path.parent / "splits.json"
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


def predicted(meta: ReportMeta) -> dict[str, object]:
    return {"issuer": meta.issuer.text if meta.issuer else None,
            "issuer_normalized": meta.issuer.normalized if meta.issuer else None,
            "issuer_span": [meta.issuer.start, meta.issuer.end] if meta.issuer else None,
            "year": meta.year.value if meta.year else None,
            "published": meta.published.value if meta.published else None,
            "template": meta.template.value if meta.template else None}


def _wanted(entry: dict[str, Any], gold_text: str) -> dict[str, object]:
    """The gold values of one entry; a key absent from ``wanted`` is not scored for that entry."""
    rep = entry.get("report") or {}
    span = rep.get("issuer_span")
    want: dict[str, object] = {"year": rep.get("year"), "published": rep.get("published"),
                               "template": rep.get("template")}
    if span is not None or not any(k in rep or k in entry for k in ("issuer", "issuer_normalized")):
        want["issuer"] = gold_text[span[0]:span[1]] if span else None
        want["issuer_span"] = span
    else:  # the gold writes the name, not its offsets
        want["issuer"] = rep.get("issuer", entry.get("issuer"))
    for source in (rep, entry):
        if "issuer_normalized" in source:
            want["issuer_normalized"] = source["issuer_normalized"]
            break
    return want


def score(gold_path: Path, reports_dir: Path, split: str | None = None, *,
          parse_tables: bool = True) -> MetaScore:
    """Score the entries of ``split`` (by splits.json beside the gold), or every entry with a
    ``report`` object when ``split`` is None or ``"all"`` or the set has no splits.json."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    splits = _splits(gold_path)
    out = MetaScore()
    for name, entry in sorted(gold.items()):
        if name.startswith("_") or not isinstance(entry, dict) or "report" not in entry:
            continue
        if split not in (None, ALL) and splits is not None and _split_of(name, splits) != split:
            continue
        doc = load_report(reports_dir / name)
        table = None
        if parse_tables:
            from infer.tables import parse_tables
            table = parse_tables(doc.text)
        pred = predicted(read_metadata(doc.text, table))
        # an HTML twin shares its .txt twin's gold: the issuer's offsets are into the .txt's text
        twin = reports_dir / (Path(name).stem + ".txt") if name.endswith((".html", ".htm")) else None
        gold_text = load_report(twin).text if twin is not None and twin.exists() else doc.text
        want = _wanted(entry, gold_text)
        out.total += 1
        for key in FIELDS:
            if key not in want or (key == "issuer_span" and twin is not None):
                continue  # not stated by this gold, or not comparable (offsets into another text)
            out.counted[key] += 1
            if pred[key] == want[key]:
                out.right[key] += 1
            else:
                out.errors.append(f"{name}: {key} predicted {pred[key]!r}, gold {want[key]!r}")
    return out


def _default_reports(gold_path: Path) -> Path:
    """``reports/`` beside the gold file when there is one, else the real corpus."""
    beside = gold_path.parent / "reports"
    return beside if beside.is_dir() else ROOT.parent / "shared/corpus/raw"


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", type=Path, nargs="?", default=ROOT / "annotations/gold/corpus.json")
    ap.add_argument("--reports", type=Path, default=None,
                    help="folder of the reports (default: reports/ beside the gold, else ../shared/corpus/raw)")
    ap.add_argument("--split", default=None,
                    help="split of splits.json beside the gold (default: dev there; 'all' or no splits.json: "
                         "every entry with a report object)")
    ap.add_argument("--errors", action="store_true", help="list every wrong field")
    args = ap.parse_args(argv)
    split = args.split
    if split is None:
        split = "dev" if _splits(args.gold) is not None else ALL
    reports = args.reports if args.reports is not None else _default_reports(args.gold)
    s = score(args.gold, reports, split)
    print(f"split {split}: {s.total} reports")
    for key in FIELDS:
        if s.counted[key]:
            print(f"  {key:17s} {s.right[key]:3d}/{s.counted[key]}  {s.accuracy(key):.3f}")
    if args.errors:
        print("\n".join(s.errors))


if __name__ == "__main__":
    main()
