"""Per-field accuracy of :mod:`infer.metadata` against the corpus gold's ``report`` objects.

``python -m infer.metadata_eval annotations/gold/corpus.json --split dev`` prints one line per field.
Gold ``report`` = ``{issuer_span, year, published, template}``; a key the gold leaves out means "not
stated" (``None``), so predicting something there is an error. The issuer is right when its text as
written equals the gold span's text (a body named several times may be annotated at any of them);
``issuer_span`` additionally counts exact offsets. The template comes from the table parser, so this
scores the pipeline's tables too.
"""
from __future__ import annotations

import argparse
import json
from dataclasses import dataclass, field
from pathlib import Path

from infer.metadata import ReportMeta, read_metadata
from infer.textio import load_report

ROOT = Path(__file__).resolve().parent.parent
FIELDS = ("issuer", "issuer_span", "year", "published", "template")


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


def predicted(meta: ReportMeta) -> dict[str, object]:
    return {"issuer": meta.issuer.text if meta.issuer else None,
            "issuer_span": [meta.issuer.start, meta.issuer.end] if meta.issuer else None,
            "year": meta.year.value if meta.year else None,
            "published": meta.published.value if meta.published else None,
            "template": meta.template.value if meta.template else None}


def score(gold_path: Path, reports_dir: Path, split: str, *, parse_tables: bool = True) -> MetaScore:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    splits = json.loads((gold_path.parent / "splits.json").read_text(encoding="utf-8"))
    splits = {k: v for k, v in splits.items() if not k.startswith("_")}
    out = MetaScore()
    for name, entry in sorted(gold.items()):
        if name.startswith("_") or _split_of(name, splits) != split:
            continue
        doc = load_report(reports_dir / name)
        table = None
        if parse_tables:
            from infer.tables import parse_tables
            table = parse_tables(doc.text)
        pred = predicted(read_metadata(doc.text, table))
        rep = entry.get("report", {})
        span = rep.get("issuer_span")
        # an HTML twin shares its .txt twin's gold: the issuer's offsets are into the .txt's text
        twin = reports_dir / (Path(name).stem + ".txt") if name.endswith((".html", ".htm")) else None
        gold_text = load_report(twin).text if twin is not None and twin.exists() else doc.text
        want = {"issuer": gold_text[span[0]:span[1]] if span else None, "issuer_span": span,
                "year": rep.get("year"), "published": rep.get("published"), "template": rep.get("template")}
        out.total += 1
        for key in FIELDS:
            if key == "issuer_span" and twin is not None:
                continue  # not comparable: the gold offsets are into another text
            out.counted[key] += 1
            if pred[key] == want[key]:
                out.right[key] += 1
            else:
                out.errors.append(f"{name}: {key} predicted {pred[key]!r}, gold {want[key]!r}")
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", type=Path, nargs="?", default=ROOT / "annotations/gold/corpus.json")
    ap.add_argument("--reports", type=Path, default=ROOT.parent / "shared/corpus/raw")
    ap.add_argument("--split", default="dev")
    ap.add_argument("--errors", action="store_true", help="list every wrong field")
    args = ap.parse_args(argv)
    s = score(args.gold, args.reports, args.split)
    print(f"split {args.split}: {s.total} reports")
    for key in FIELDS:
        print(f"  {key:12s} {s.right[key]:3d}/{s.counted[key]}  {s.accuracy(key):.3f}")
    if args.errors:
        print("\n".join(s.errors))


if __name__ == "__main__":
    main()
