"""Merge two independent annotation passes into the fact-level gold, and measure their agreement.

Two annotators label every corpus report independently (``passes/A_*.json``, ``passes/B_*.json``; format in
``GUIDELINES.md``). This script

1. checks that every pass was made on the text the tool reads today (sha256 of the decoded text);
2. measures agreement per part (prose facts, table facts, report metadata) as the share of
   (report, field, value) items both passes state, of all items either states, and writes ``AGREEMENT.md``;
3. lists every disagreement in ``disagreements.json``;
4. builds ``corpus.json`` from the items both passes agree on plus the adjudicator's decisions in
   ``adjudication.json`` (``{file: {part: {key: value or null}}}``, ``null`` = the fact is not stated), and
   refuses to build while any disagreement is undecided: a silent pick of one pass would make the gold
   one annotator's opinion again.

Run from the repository root: ``python -m annotations.gold.adjudicate`` (``--check`` only reports).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
PARTS = ("prose", "table", "report")
REPORT_KEYS = ("year", "published", "template", "issuer_span")


def _load_pass(letter: str) -> dict[str, dict[str, Any]]:
    merged: dict[str, dict[str, Any]] = {}
    for f in sorted((HERE / "passes").glob(f"{letter}_*.json")):
        data = json.loads(f.read_text(encoding="utf-8"))
        for name, entry in data.items():
            if name.startswith("_"):
                continue
            if name in merged:
                raise SystemExit(f"adjudicate: {name} annotated twice in pass {letter}")
            merged[name] = entry
    return merged


def _items(entry: dict[str, Any], part: str) -> dict[str, Any]:
    if part == "report":
        rep = entry.get("report") or {}
        return {k: rep.get(k) for k in REPORT_KEYS}
    return dict(entry.get(part) or {})


def _same(part: str, key: str, a: Any, b: Any) -> bool:
    if part == "report" and key == "issuer_span":
        # the same name located by both: spans that overlap are the same evidence
        if not a or not b:
            return a == b
        return max(a[0], b[0]) < min(a[1], b[1])
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return float(a) == float(b)
    return a == b


def compare(a: dict[str, dict[str, Any]], b: dict[str, dict[str, Any]]) -> tuple[dict, list[dict]]:
    """Agreement counts per part and the list of disagreements."""
    stats = {p: {"agreed": 0, "union": 0} for p in PARTS}
    disagreements: list[dict] = []
    for name in sorted(set(a) | set(b)):
        if name not in a or name not in b:
            disagreements.append({"file": name, "part": "*", "key": "*", "A": name in a, "B": name in b})
            continue
        for part in PARTS:
            ia, ib = _items(a[name], part), _items(b[name], part)
            for key in sorted(set(ia) | set(ib)):
                va, vb = ia.get(key), ib.get(key)
                if va is None and vb is None:
                    continue
                stats[part]["union"] += 1
                if _same(part, key, va, vb):
                    stats[part]["agreed"] += 1
                else:
                    disagreements.append({"file": name, "part": part, "key": key, "A": va, "B": vb})
    return stats, disagreements


def build(a: dict, b: dict, decisions: dict) -> tuple[dict[str, Any], list[dict]]:
    """The gold: agreed items plus decisions; also the disagreements still undecided."""
    gold: dict[str, Any] = {}
    undecided: list[dict] = []
    for name in sorted(set(a) & set(b)):
        entry: dict[str, Any] = {"sha256": a[name].get("sha256")}
        dec = decisions.get(name, {})
        for part in PARTS:
            ia, ib = _items(a[name], part), _items(b[name], part)
            out: dict[str, Any] = {}
            for key in sorted(set(ia) | set(ib)):
                va, vb = ia.get(key), ib.get(key)
                if key in dec.get(part, {}):
                    value = dec[part][key]
                elif _same(part, key, va, vb):
                    value = va if va is not None else vb
                else:
                    undecided.append({"file": name, "part": part, "key": key, "A": va, "B": vb})
                    continue
                if value is not None:
                    out[key] = value
            entry[part] = out
        amb: dict[str, Any] = {}
        for src in (a[name], b[name]):
            for k, v in (src.get("table_ambiguous") or {}).items():
                if k not in entry["table"]:
                    amb.setdefault(k, v)
        entry["table_ambiguous"] = amb
        entry["prose_evidence"] = {k: v for k, v in {**(b[name].get("prose_evidence") or {}),
                                                     **(a[name].get("prose_evidence") or {})}.items()
                                   if k in entry["prose"]}
        gold[name] = entry
    return gold, undecided


def check_sha(passes: dict[str, dict], shared: Path) -> list[str]:
    from infer.textio import load_report

    problems = []
    for letter, data in passes.items():
        for name, entry in data.items():
            path = shared / "corpus" / "raw" / name
            if not path.exists():
                problems.append(f"pass {letter}: {name}: no such report under {path.parent}")
                continue
            if entry.get("sha256") != load_report(path).sha256:
                problems.append(f"pass {letter}: {name}: sha256 differs from the text read today")
    return problems


def agreement_markdown(stats: dict, n_reports: int, n_dis: int, n_decided: int) -> str:
    lines = ["# Inter-annotator agreement (fact-level gold)", "",
             "Written by `python -m annotations.gold.adjudicate`. Two independent passes (A, B) over the corpus",
             "reports; an item is (report, field, value). Agreement = items both passes state identically / items",
             "either pass states.", "",
             f"Reports annotated by both passes: {n_reports}.", "",
             "| part | agreed | either | agreement |", "| --- | ---: | ---: | ---: |"]
    for part in PARTS:
        s = stats[part]
        rate = s["agreed"] / s["union"] if s["union"] else 1.0
        lines.append(f"| {part} | {s['agreed']} | {s['union']} | {rate:.3f} |")
    lines += ["", f"Disagreements: {n_dis}; adjudicated: {n_decided} (decisions with reasons in `adjudication.json`)."]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=Path("../shared"), help="the shared folder (default ../shared)")
    ap.add_argument("--check", action="store_true", help="report agreement and disagreements, write nothing")
    args = ap.parse_args(argv)
    a, b = _load_pass("A"), _load_pass("B")
    if not a or not b:
        print("adjudicate: both passes (passes/A_*.json, passes/B_*.json) are needed", file=sys.stderr)
        return 2
    problems = check_sha({"A": a, "B": b}, args.shared)
    for p in problems:
        print(f"adjudicate: {p}", file=sys.stderr)
    stats, dis = compare(a, b)
    adj_file = HERE / "adjudication.json"
    decisions = json.loads(adj_file.read_text(encoding="utf-8")) if adj_file.exists() else {}
    decisions = {k: v for k, v in decisions.items() if not k.startswith("_")}
    gold, undecided = build(a, b, decisions)
    n_decided = len(dis) - len(undecided)
    print(agreement_markdown(stats, len(set(a) & set(b)), len(dis), n_decided))
    if args.check:
        for d in undecided:
            print(json.dumps(d, ensure_ascii=False))
        return 0
    (HERE / "AGREEMENT.md").write_text(agreement_markdown(stats, len(set(a) & set(b)), len(dis), n_decided),
                                       encoding="utf-8")
    (HERE / "disagreements.json").write_text(json.dumps(dis, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    if undecided or problems:
        print(f"adjudicate: {len(undecided)} disagreement(s) undecided (see disagreements.json); "
              "corpus.json not written", file=sys.stderr)
        return 1
    out = {"_about": "Fact-level gold for ../shared/corpus/raw, adjudicated from two independent passes "
                     "(annotations/gold/GUIDELINES.md, AGREEMENT.md). Splits: splits.json.",
           "_reports": "corpus/raw"}
    out.update(gold)
    # the HTML twins of a .txt report state the same facts (same page, other format)
    for name in list(gold):
        twin = name[:-4] + ".html"
        if (args.shared / "corpus" / "raw" / twin).exists():
            out[twin] = {**gold[name], "sha256": None, "prose_evidence": {}, "twin_of": name}
    (HERE / "corpus.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"adjudicate: wrote corpus.json ({len(gold)} reports)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
