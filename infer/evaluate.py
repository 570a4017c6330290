"""``infer evaluate``: score the pipeline (and the regex baseline) against hand-checked facts.

Gold is a JSON object ``{report file name: {"prose": {field: value}, "table": {field: value}}}``
(``../shared/gold/seeds.json``; keys starting with ``_`` are comments). For every report the full
pipeline (:func:`infer.pipeline.extract`) runs once, then:

* **prose**: precision / recall / F1 over (field, value) pairs, restricted to the scored keys
  (:func:`infer.schema.is_scored`: requests.*, review.*, litigation.*, complaints.total,
  fees.amount_yuan), per field group and overall. A field stated with two values counts one pair
  right and one wrong: conflicts are not forgiven here.
* **table**: exact accuracy over the gold table keys: a key is right when the tables state exactly
  the gold value for it (and no other). Table facts absent from gold are not counted against it.
* **baseline** (``--baseline``): the same prose numbers for :func:`infer.baseline.extract_prose`,
  side by side.

``--spans FILE`` replaces the model with hand-labelled spans (a corpus file such as
``annotations/eval/seeds_prose.json``): the prose numbers are then the *linker's ceiling*, which
separates linking errors from tagging errors.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Iterable, Optional, Sequence

import typer

from infer.schema import is_scored

__all__ = ["PRF", "field_group", "score_pairs", "table_accuracy", "evaluate", "render_text",
           "AnnotatedSpans", "EvalError", "evaluate_cli"]


class EvalError(ValueError):
    """A gold file or report folder that cannot be evaluated (one-line message)."""


# --- scoring ---------------------------------------------------------------------------------------------

@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else (1.0 if not self.fn else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: "PRF") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def to_json(self) -> dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


def field_group(key: str) -> str:
    """``requests.channel.online`` → ``requests.channel``; ``requests.received`` → ``requests``;
    ``litigation.direct.total`` → ``litigation``."""
    parts = key.split(".")
    if parts[0] == "requests" and len(parts) >= 3:
        return ".".join(parts[:2])
    return parts[0]


Pair = tuple[str, float]


def _pairs(items: Iterable[tuple[str, Any]]) -> set[Pair]:
    return {(k, float(v)) for k, v in items if is_scored(k) and v is not None}


def score_pairs(pred: set[Pair], gold: set[Pair]) -> dict[str, PRF]:
    """PRF per field group and ``"overall"``."""
    out: dict[str, PRF] = {}
    for pairs, kind in ((pred & gold, "tp"), (pred - gold, "fp"), (gold - pred, "fn")):
        for k, _ in pairs:
            for g in (field_group(k), "overall"):
                prf = out.setdefault(g, PRF())
                setattr(prf, kind, getattr(prf, kind) + 1)
    out.setdefault("overall", PRF())
    return out


def table_accuracy(table_facts: Sequence[Any], gold_table: dict[str, Any]) -> tuple[int, int, list[str]]:
    """``(right, total, wrong keys)`` over the gold table keys (exact value, and no other value)."""
    stated: dict[str, set[float]] = {}
    for f in table_facts:
        stated.setdefault(f.field, set()).add(float(f.value))
    wrong = [k for k, v in gold_table.items() if stated.get(k) != {float(v)}]
    return len(gold_table) - len(wrong), len(gold_table), wrong


# --- hand-labelled spans as a tagger ---------------------------------------------------------------------

class AnnotatedSpans:
    """A stand-in tagger that returns hand-labelled spans (document offsets) for known documents.

    Documents are recognised by the sha256 of their text (stored in each stand-off task), so the
    spans can never be applied to a different text.
    """

    def __init__(self, corpus_file: Path, shared_root: Path | None = None) -> None:
        from annotations.corpus import load_examples
        from infer.tagger import TaggedSpan

        self._by_sha: dict[str, list[TaggedSpan]] = {}
        for ex in load_examples(Path(corpus_file), shared_root):
            sha, base = ex.meta.get("sha256"), ex.meta.get("start")
            if sha is None or base is None:
                continue
            self._by_sha.setdefault(sha, []).extend(
                TaggedSpan(base + s.start, base + s.end, s.label, 1.0) for s in ex.spans)

    def tag(self, text: str) -> list[Any]:
        from annotations.corpus import sha256_text

        return sorted(self._by_sha.get(sha256_text(text), []))


# --- running -------------------------------------------------------------------------------------------

@dataclass
class ReportResult:
    name: str
    gold_prose: set[Pair]
    model: set[Pair] | None = None
    baseline: set[Pair] | None = None
    table_right: int = 0
    table_total: int = 0
    table_wrong: list[str] = field(default_factory=list)
    error: str | None = None


@dataclass
class Evaluation:
    reports: list[ReportResult]
    model_label: str  # "model", "spans:<file>" or "none"
    with_baseline: bool

    def prose(self, which: str) -> dict[str, PRF]:
        total: dict[str, PRF] = {}
        for r in self.reports:
            pred = getattr(r, which)
            if pred is None:
                continue
            for g, prf in score_pairs(pred, r.gold_prose).items():
                total.setdefault(g, PRF()).add(prf)
        total.setdefault("overall", PRF())
        return total

    def table(self) -> tuple[int, int]:
        return sum(r.table_right for r in self.reports), sum(r.table_total for r in self.reports)

    def to_json(self) -> dict[str, Any]:
        right, total = self.table()
        out: dict[str, Any] = {
            "model": self.model_label,
            "prose": {"model": {g: p.to_json() for g, p in sorted(self.prose("model").items())}},
            "table": {"right": right, "total": total, "accuracy": round(right / total, 4) if total else None},
            "reports": {},
        }
        if self.with_baseline:
            out["prose"]["baseline"] = {g: p.to_json() for g, p in sorted(self.prose("baseline").items())}
        for r in self.reports:
            entry: dict[str, Any] = {"table": {"right": r.table_right, "total": r.table_total, "wrong": r.table_wrong}}
            if r.error:
                entry["error"] = r.error
            for which in ("model", "baseline"):
                pred = getattr(r, which)
                if pred is None:
                    continue
                entry[which] = {"false_positives": _fmt_pairs(pred - r.gold_prose),
                                "false_negatives": _fmt_pairs(r.gold_prose - pred),
                                **score_pairs(pred, r.gold_prose)["overall"].to_json()}
            out["reports"][r.name] = entry
        return out


def _fmt_pairs(pairs: set[Pair]) -> list[list[Any]]:
    return [[k, int(v) if float(v).is_integer() else v] for k, v in sorted(pairs)]


def load_gold(path: Path) -> dict[str, dict[str, dict[str, Any]]]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise EvalError(f"{path}: gold file not found") from None
    except (ValueError, UnicodeDecodeError) as e:
        raise EvalError(f"{path}: not valid JSON ({e})") from None
    if not isinstance(data, dict):
        raise EvalError(f"{path}: expected an object mapping report file names to {{prose, table}}")
    gold = {k: v for k, v in data.items() if not k.startswith("_")}
    for name, entry in gold.items():
        if not isinstance(entry, dict) or not all(isinstance(entry.get(p, {}), dict) for p in ("prose", "table")):
            raise EvalError(f"{path}: entry {name!r} must be {{\"prose\": {{...}}, \"table\": {{...}}}}")
    return gold


def evaluate(gold_path: Path, reports_dir: Path | None = None, *, baseline: bool = False,
             tagger: Any = None, use_model: bool = True, model_dir: str | None = None,
             model_label: str = "model") -> Evaluation:
    """Run the pipeline on every gold report and score it (see module doc)."""
    from infer.pipeline import extract
    from infer.textio import InputError

    gold = load_gold(gold_path)
    reports_dir = Path(reports_dir) if reports_dir else Path(gold_path).resolve().parent.parent / "seeds"
    if not reports_dir.is_dir():
        raise EvalError(f"{reports_dir}: report folder not found (use --reports DIR)")
    results: list[ReportResult] = []
    for name in sorted(gold):
        entry = gold[name]
        r = ReportResult(name, _pairs(entry.get("prose", {}).items()))
        path = reports_dir / name
        try:
            res = extract(path, tagger=tagger, use_model=use_model, model_dir=model_dir)
        except InputError as e:
            r.error = str(e)
            r.model = set() if use_model else None
            r.table_total = len(entry.get("table", {}))
            r.table_wrong = sorted(entry.get("table", {}))
            if baseline:
                r.baseline = set()
            results.append(r)
            continue
        if use_model:
            r.model = _pairs((f.field, f.value) for f in res.prose_facts)
        r.table_right, r.table_total, r.table_wrong = table_accuracy(res.table_facts, entry.get("table", {}))
        if baseline:
            from infer.baseline import extract_prose
            from infer.textio import load_report

            r.baseline = _pairs((f.field, f.value) for f in extract_prose(load_report(path).text))
        results.append(r)
    return Evaluation(results, model_label if use_model else "none", baseline)  # "none": --no-model


# --- rendering -----------------------------------------------------------------------------------------

GROUP_ORDER = ("requests", "requests.channel", "requests.applicant", "requests.outcome", "review",
               "litigation", "complaints", "fees", "overall")


def _row(prf: PRF | None) -> str:
    if prf is None:
        return f"{'-':>5} {'-':>5} {'-':>5} {'':>10}"
    return f"{prf.precision:5.3f} {prf.recall:5.3f} {prf.f1:5.3f} {f'{prf.tp}/{prf.fp}/{prf.fn}':>10}"


def render_text(ev: Evaluation) -> str:
    model = ev.prose("model") if ev.model_label != "none" else {}
    base = ev.prose("baseline") if ev.with_baseline else {}
    gold_counts: dict[str, int] = {}
    for r in ev.reports:
        for k, _ in r.gold_prose:
            for g in (field_group(k), "overall"):
                gold_counts[g] = gold_counts.get(g, 0) + 1
    groups = [g for g in GROUP_ORDER if g in model or g in base or g in gold_counts]
    groups += sorted((set(model) | set(base) | set(gold_counts)) - set(GROUP_ORDER))
    label = "no model (--no-model)" if ev.model_label == "none" else ev.model_label
    head = f"{'group':<20} {'gold':>4}   {label[:31]:<31}"
    if ev.with_baseline:
        head += f"   {'regex baseline':<31}"
    sub = f"{'':<20} {'':>4}   {'P':>5} {'R':>5} {'F1':>5} {'tp/fp/fn':>10}"
    if ev.with_baseline:
        sub += f"   {'P':>5} {'R':>5} {'F1':>5} {'tp/fp/fn':>10}"
    lines = [f"prose facts, (field, value) pairs over {len(ev.reports)} reports", head, sub]
    for g in groups:
        line = f"{g:<20} {gold_counts.get(g, 0):>4}   {_row(model.get(g)) if model else _row(None)}"
        if ev.with_baseline:
            line += f"   {_row(base.get(g))}"
        lines.append(line)
    right, total = ev.table()
    lines.append("")
    lines.append(f"table facts: {right}/{total} gold keys exact" + (f" ({right / total:.3f})" if total else ""))
    lines.append("")
    lines.append("per report:")
    for r in ev.reports:
        bits = [f"  {r.name}"]
        if r.error:
            bits.append(f"error: {r.error}")
        if r.model is not None:
            o = score_pairs(r.model, r.gold_prose)["overall"]
            bits.append(f"model {o.tp}/{o.fp}/{o.fn}")
        if r.baseline is not None:
            o = score_pairs(r.baseline, r.gold_prose)["overall"]
            bits.append(f"baseline {o.tp}/{o.fp}/{o.fn}")
        bits.append(f"table {r.table_right}/{r.table_total}")
        lines.append("  ".join(bits))
        for which in ("model", "baseline"):
            pred = getattr(r, which)
            if pred is None:
                continue
            for tag, pairs in (("extra", pred - r.gold_prose), ("missed", r.gold_prose - pred)):
                if pairs:
                    lines.append(f"      {which} {tag}: " + ", ".join(f"{k}={v:g}" for k, v in sorted(pairs)))
        if r.table_wrong:
            lines.append("      table wrong: " + ", ".join(r.table_wrong))
    return "\n".join(lines) + "\n"


# --- the CLI command (registered on ``infer`` by infer/cli.py) ---------------------------------------------

class EvalFormat(str, Enum):
    text = "text"
    json = "json"


def evaluate_cli(
    gold: Annotated[Path, typer.Argument(help="gold facts JSON ({report: {prose: {...}, table: {...}}})")],
    reports: Annotated[Optional[Path], typer.Option("--reports", help="folder of the reports (default: GOLD's ../seeds)")] = None,
    baseline: Annotated[bool, typer.Option("--baseline", help="also score the regex baseline, side by side")] = False,
    fmt: Annotated[EvalFormat, typer.Option("--format", help="text for people, json for machines")] = EvalFormat.text,
    model: Annotated[Optional[str], typer.Option("--model", help="model folder (default: the shipped models/tagger)")] = None,
    no_model: Annotated[bool, typer.Option("--no-model", help="skip the prose model (tables and baseline only)")] = False,
    spans: Annotated[Optional[Path], typer.Option("--spans", help="use hand-labelled spans from this corpus file instead of the model (the linker's ceiling)")] = None,
) -> None:
    """Score prose facts (precision/recall/F1 per field group) and table facts against gold."""
    import sys

    from infer.pipeline import ModelError

    try:
        tagger = None
        label = f"model ({model})" if model else "model"
        if spans is not None:
            tagger = AnnotatedSpans(spans)
            label = f"spans ({spans.name})"
        ev = evaluate(gold, reports, baseline=baseline, tagger=tagger, use_model=not no_model or spans is not None,
                      model_dir=model, model_label=label)
    except (EvalError, ModelError, ValueError, OSError) as e:
        print(f"infer: error: {' '.join(str(e).split())}", file=sys.stderr)
        raise typer.Exit(2)
    if fmt == EvalFormat.json:
        sys.stdout.write(json.dumps(ev.to_json(), ensure_ascii=False, indent=1) + "\n")
    else:
        sys.stdout.write(render_text(ev))
