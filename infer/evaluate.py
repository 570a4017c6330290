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
separates linking errors from tagging errors. The spans are found by the report's original text and
moved onto the normalised text the pipeline tags (:meth:`AnnotatedSpans.for_document`), so reports with
pinyin glosses, hard wraps or spaced-out characters keep theirs.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Iterable, Optional, Sequence

import typer

from infer.schema import FIELD_KEYS, children, is_scored

__all__ = ["PRF", "field_group", "score_pairs", "table_accuracy", "table_precision", "gold_disagreements",
           "evaluate", "render_text", "AnnotatedSpans", "EvalError", "evaluate_cli", "load_splits", "split_of", "render_splits"]


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


def table_precision(table_facts: Sequence[Any], gold_table: dict[str, Any],
                    ambiguous: dict[str, Any] | None = None) -> tuple[int, int, list[str]]:
    """``(right, checked, wrong facts)`` over every emitted table fact of the scored keys (requests, review,
    litigation, complaints, fees: as for prose), including keys the gold lacks.

    A fact is right when the gold table states that value for its field. A field the gold lists as
    ambiguous (several splits of a run-together row fit) is not checkable and is skipped when the value is
    one of the candidates. Sub-rows (the reasons under 不予公开/无法提供/…) and the litigation detail blocks
    (直接起诉 / 复议后起诉) are checked only where the gold annotates that kind of cell for that report: older
    gold (the seeds) records group rows only, and counting its unannotated cells as wrong would measure the
    gold, not the parser."""
    ambiguous = ambiguous or {}
    gold_kinds = {_detail_kind(k) for k in gold_table}
    right, checked, wrong = 0, 0, []
    for f in table_facts:
        kind = _detail_kind(f.field)
        if not is_scored(f.field) or (kind is not None and kind not in gold_kinds):
            continue
        if f.field not in gold_table and f.field in ambiguous:
            cands = ambiguous[f.field]
            flat = {float(c) for c in _flatten(cands)}
            if float(f.value) in flat:
                continue
        checked += 1
        if f.field in gold_table and float(gold_table[f.field]) == float(f.value):
            right += 1
        else:
            wrong.append(f"{f.field}={f.value:g}" if isinstance(f.value, float) else f"{f.field}={f.value}")
    return right, checked, wrong


def _flatten(x: Any) -> list[Any]:
    if isinstance(x, (list, tuple)):
        return [y for item in x for y in _flatten(item)]
    return [x] if isinstance(x, (int, float)) and not isinstance(x, bool) else []


_PARENTS = {k for k in FIELD_KEYS if children(k)}


#: Detail blocks some gold annotates and some does not: the litigation sub-tables (直接起诉 / 复议后起诉).
_DETAIL_PREFIXES = ("litigation.direct.", "litigation.after_review.")


def _detail_kind(key: str) -> str | None:
    """The kind of sub-row or detail cell ``key`` is, if any: such cells are checked only where the gold
    annotates that kind of cell for the report."""
    if key.startswith(_DETAIL_PREFIXES):
        return "litigation detail"
    if any(key.startswith(p + ".") for p in _PARENTS if p.startswith("requests.outcome.")):
        return "outcome sub-row"
    return None


def gold_disagreements(gold_prose: dict[str, Any], gold_table: dict[str, Any]) -> set[str]:
    """Fields where the report's prose and its table really state different values for the same quantity.

    The reconciliation's documented identities (prose 办理 = table 新收 + 上年结转, …) are not disagreements:
    the prose counts a different thing. :func:`infer.reconcile.identity_explains`, the one place that
    knows them, decides."""
    from infer.reconcile import identity_explains

    return {key for key, pv in gold_prose.items()
            if key in gold_table and float(pv) != float(gold_table[key])
            and not identity_explains(key, pv, gold_table, gold_prose)}


# --- splits ------------------------------------------------------------------------------------------------

def load_splits(path: Path) -> dict[str, str]:
    """``{issuer prefix: split}`` from a splits file (``annotations/gold/splits.json``)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    out: dict[str, str] = {}
    for split, prefixes in data.items():
        if split.startswith("_"):
            continue
        for p in prefixes:
            out[p] = split
    return out


def split_of(name: str, splits: dict[str, str]) -> str | None:
    """The split of a report file: its issuer prefix is the file name up to the year (``hb-gxt2019.txt`` → hb-gxt)."""
    import re as _re

    m = _re.match(r"(.+?)\d{4}", name)
    return splits.get(m.group(1)) if m else None


# --- hand-labelled spans as a tagger ---------------------------------------------------------------------

class AnnotatedSpans:
    """A stand-in tagger that returns hand-labelled spans (document offsets) for known documents.

    Documents are recognised by the sha256 of their *original* text (stored in each stand-off task, the
    text the annotators saw and the pipeline's ``text_sha256``), so the spans can never be applied to a
    different text. The pipeline tags the *normalised* text (:mod:`infer.prose.normalize`: pinyin glosses
    and hard wraps removed, spaced-out characters joined), whose sha256 and offsets differ whenever the
    normaliser changed something; :meth:`for_document` therefore takes the original text, finds its spans
    and maps them onto the normalised text's offsets. :meth:`tag` alone only knows unchanged texts.
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
        """The spans of ``text`` if it is an annotated original (a report the normaliser leaves alone)."""
        from annotations.corpus import sha256_text

        return sorted(self._by_sha.get(sha256_text(text), []))

    def for_document(self, original: str) -> "_DocumentSpans":
        """A tagger for one report: its hand-labelled spans (looked up by the original text), moved to
        the offsets of :func:`~infer.prose.normalize.normalize_for_tagging`'s text, which is what the
        pipeline hands the tagger. A span that the normaliser deleted entirely (it labelled only a
        gloss) is dropped; one that spans a deletion keeps the characters around it."""
        from infer.prose.normalize import normalize_for_tagging
        from infer.tagger import TaggedSpan

        spans = self.tag(original)
        norm = normalize_for_tagging(original)
        if not norm.changed:
            return _DocumentSpans(norm.text, spans)
        moved = []
        for s in spans:
            a, b = norm.to_normalized(s.start, s.end)
            if b > a:
                moved.append(TaggedSpan(a, b, s.label, s.score))
        return _DocumentSpans(norm.text, sorted(set(moved)))


class _DocumentSpans:
    """One report's hand-labelled spans in the offsets of the text the pipeline tags; any other text
    gets none (the pipeline must hand over exactly the normalised text they were mapped to)."""

    def __init__(self, text: str, spans: list[Any]) -> None:
        self._text, self._spans = text, spans

    def tag(self, text: str) -> list[Any]:
        return list(self._spans) if text == self._text else []


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
    #: every emitted table fact checked (precision): right / checked, and the wrong ones
    table_emitted_right: int = 0
    table_emitted: int = 0
    table_spurious: list[str] = field(default_factory=list)
    #: fields the pipeline flags ``mismatch`` (prose vs table), and fields whose gold prose and table disagree
    mismatches: set[str] = field(default_factory=set)
    gold_mismatches: set[str] = field(default_factory=set)
    #: gold fields annotated as ambiguous (several readings fit), and those the parser names as ambiguous too
    gold_ambiguous: set[str] = field(default_factory=set)
    ambiguous_named: set[str] = field(default_factory=set)
    split: str | None = None
    error: str | None = None


@dataclass
class Evaluation:
    reports: list[ReportResult]
    model_label: str  # "model", "spans:<file>" or "none"
    with_baseline: bool

    def only(self, split: str) -> "Evaluation":
        """The same evaluation restricted to one split's reports."""
        return Evaluation([r for r in self.reports if r.split == split], self.model_label, self.with_baseline)

    def splits(self) -> list[str]:
        order = {"dev": 0, "test": 1}
        return sorted({r.split for r in self.reports if r.split}, key=lambda s: (order.get(s, 9), s))

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

    def table_precision(self) -> tuple[int, int]:
        return sum(r.table_emitted_right for r in self.reports), sum(r.table_emitted for r in self.reports)

    def mismatch(self) -> PRF:
        """Prose-vs-table ``mismatch`` rows against the gold's real disagreements (reports with both parts)."""
        out = PRF()
        for r in self.reports:
            out.tp += len(r.mismatches & r.gold_mismatches)
            out.fp += len(r.mismatches - r.gold_mismatches)
            out.fn += len(r.gold_mismatches - r.mismatches)
        return out

    def to_json(self) -> dict[str, Any]:
        right, total = self.table()
        pr, pc = self.table_precision()
        out: dict[str, Any] = {
            "model": self.model_label,
            "prose": {"model": {g: p.to_json() for g, p in sorted(self.prose("model").items())}},
            "table": {"right": right, "total": total, "accuracy": round(right / total, 4) if total else None,
                      "emitted_right": pr, "emitted": pc, "precision": round(pr / pc, 4) if pc else None},
            "mismatch": self.mismatch().to_json(),
            "reports": {},
        }
        if self.with_baseline:
            out["prose"]["baseline"] = {g: p.to_json() for g, p in sorted(self.prose("baseline").items())}
        if self.splits():
            out["splits"] = {s: {k: v for k, v in self.only(s).to_json().items() if k not in ("reports", "splits")}
                             for s in self.splits()}
        for r in self.reports:
            entry: dict[str, Any] = {"split": r.split,
                                     "table": {"right": r.table_right, "total": r.table_total, "wrong": r.table_wrong,
                                               "emitted_right": r.table_emitted_right, "emitted": r.table_emitted,
                                               "spurious": r.table_spurious},
                                     "mismatch": {"raised": sorted(r.mismatches), "gold": sorted(r.gold_mismatches)}}
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


#: Keys a gold entry may carry besides its facts (metadata, evidence, notes).
_ENTRY_KEYS = {"prose", "table", "sha256", "report", "prose_evidence", "table_ambiguous", "notes", "twin_of"}


def load_gold(path: Path) -> dict[str, dict[str, dict[str, Any]]]:
    """Read and validate a gold file: every value a number, every key a field of the schema.

    A typo in a key or a non-numeric value is an error naming the file, report and key: silently dropping it
    would score against a gold that is not the one written."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise EvalError(f"{path}: gold file not found") from None
    except IsADirectoryError:
        raise EvalError(f"{path}: is a folder, not a gold file") from None
    except (ValueError, UnicodeDecodeError) as e:
        raise EvalError(f"{path}: not valid JSON ({e})") from None
    if not isinstance(data, dict):
        raise EvalError(f"{path}: expected an object mapping report file names to {{prose, table}}")
    gold = {k: v for k, v in data.items() if not k.startswith("_")}
    if not gold:
        raise EvalError(f"{path}: no reports in the gold file")
    known = set(FIELD_KEYS)
    for name, entry in gold.items():
        if not isinstance(entry, dict) or not all(isinstance(entry.get(p, {}), dict) for p in ("prose", "table")):
            raise EvalError(f"{path}: entry {name!r} must be {{\"prose\": {{...}}, \"table\": {{...}}}}")
        for part in ("prose", "table"):
            for key, value in entry.get(part, {}).items():
                if key not in known:
                    raise EvalError(f"{path}: {name}: {part} key {key!r} is not a field of the schema "
                                    "(../shared/schema/fields.tsv)")
                if isinstance(value, bool) or not isinstance(value, (int, float)):
                    raise EvalError(f"{path}: {name}: {part} {key} must be a number, not {value!r}")
    return gold


def _default_reports_dir(gold_path: Path, data_hint: str | None) -> Path:
    if data_hint:
        from annotations.corpus import default_shared_root

        return default_shared_root() / data_hint
    return Path(gold_path).resolve().parent.parent / "seeds"


def evaluate(gold_path: Path, reports_dir: Path | None = None, *, baseline: bool = False,
             tagger: Any = None, use_model: bool = True, model_dir: str | None = None,
             model_label: str = "model", split: str | None = None,
             splits_file: Path | None = None) -> Evaluation:
    """Run the pipeline on every gold report and score it (see module doc).

    ``splits_file`` (default: ``splits.json`` beside the gold, when present) assigns each report to dev or
    test; ``split`` restricts the run to one of them."""
    from infer.pipeline import extract
    from infer.textio import InputError, load_report

    gold = load_gold(gold_path)
    raw = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    reports_dir = Path(reports_dir) if reports_dir else _default_reports_dir(gold_path, raw.get("_reports"))
    if not reports_dir.is_dir():
        raise EvalError(f"{reports_dir}: report folder not found (use --reports DIR)")
    splits_file = splits_file or (Path(gold_path).parent / "splits.json")
    splits = load_splits(splits_file) if Path(splits_file).exists() else {}
    if split and not splits:
        raise EvalError(f"--split {split}: no splits file ({splits_file})")
    results: list[ReportResult] = []
    for name in sorted(gold):
        entry = gold[name]
        r = ReportResult(name, _pairs(entry.get("prose", {}).items()), split=split_of(name, splits))
        if split and r.split != split:
            continue
        gold_table = entry.get("table", {})
        r.gold_mismatches = gold_disagreements(entry.get("prose", {}), gold_table) if gold_table else set()
        path = reports_dir / name
        try:
            doc = load_report(path)
            # hand-labelled spans are keyed on the original text; the pipeline tags the normalised one
            doc_tagger = tagger.for_document(doc.text) if isinstance(tagger, AnnotatedSpans) else tagger
            res = extract(doc, tagger=doc_tagger, use_model=use_model, model_dir=model_dir)
            if entry.get("sha256") and entry["sha256"] != res.text_sha256:
                raise InputError(f"{name}: text differs from the one annotated (sha256 mismatch)")
        except InputError as e:
            r.error = str(e)
            r.model = set() if use_model else None
            r.table_total = len(gold_table)
            r.table_wrong = sorted(gold_table)
            if baseline:
                r.baseline = set()
            results.append(r)
            continue
        if use_model:
            r.model = _pairs((f.field, f.value) for f in res.prose_facts)
        r.table_right, r.table_total, r.table_wrong = table_accuracy(res.table_facts, gold_table)
        r.table_emitted_right, r.table_emitted, r.table_spurious = table_precision(
            res.table_facts, gold_table, entry.get("table_ambiguous"))
        r.mismatches = {row.field for row in res.reconciliation if row.status == "mismatch"}
        r.gold_ambiguous = set(entry.get("table_ambiguous") or {}) - set(gold_table)
        r.ambiguous_named = r.gold_ambiguous & set(res.table_ambiguous)
        if baseline:
            from infer.baseline import extract_prose

            r.baseline = _pairs((f.field, f.value) for f in extract_prose(doc.text))
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
    pr, pc = ev.table_precision()
    lines.append("")
    lines.append(f"table facts: accuracy {right}/{total} gold keys exact" + (f" ({right / total:.3f})" if total else "")
                 + f"; precision {pr}/{pc} emitted facts right" + (f" ({pr / pc:.3f})" if pc else ""))
    amb_gold = sum(len(r.gold_ambiguous) for r in ev.reports)
    if amb_gold:
        lines.append(f"ambiguous table fields: {sum(len(r.ambiguous_named) for r in ev.reports)}/{amb_gold} of those the "
                     "gold marks ambiguous are named ambiguous (candidates listed, no fact emitted)")
    mm = ev.mismatch()
    lines.append(f"prose-vs-table mismatch rows: {mm.tp + mm.fp} raised, {mm.tp + mm.fn} real disagreements in gold; "
                 f"precision {mm.precision:.3f}, recall {mm.recall:.3f}")
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
        if r.table_spurious:
            lines.append("      table facts not in gold: " + ", ".join(r.table_spurious))
        if r.mismatches or r.gold_mismatches:
            lines.append(f"      mismatch raised: {', '.join(sorted(r.mismatches)) or '-'}; "
                         f"gold disagreements: {', '.join(sorted(r.gold_mismatches)) or '-'}")
    return "\n".join(lines) + "\n"


SPLIT_TITLES = {"dev": "DEV split (tuned on: rules and models were chosen on it)",
                "test": "TEST split (locked: scored to report, never to choose a rule)"}


def render_splits(ev: Evaluation, *, summary_only: bool = False) -> str:
    """One section per split (dev first, then test), or the plain rendering when there are no splits.

    ``summary_only`` drops the per-report listing in both cases: locked sets (the test split, heldout/)
    are scored with ``--summary`` so that nobody sees their per-report errors by accident.
    """
    def shown(text: str) -> str:
        return text.split("\nper report:")[0] + "\n" if summary_only else text

    if not ev.splits():
        return shown(render_text(ev))
    return "\n".join(f"=== {SPLIT_TITLES.get(s, s)} ===\n{shown(render_text(ev.only(s)))}" for s in ev.splits())


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
    split: Annotated[Optional[str], typer.Option("--split", help="only this split (dev or test) of a gold file with a splits.json beside it; default: every split, each in its own section")] = None,
    summary: Annotated[bool, typer.Option("--summary", help="text format: the tables only, without the per-report listing")] = False,
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
                      model_dir=model, model_label=label, split=split)
    except (EvalError, ModelError, ValueError, OSError) as e:
        print(f"infer: error: {' '.join(str(e).split())}", file=sys.stderr)
        raise typer.Exit(2)
    if fmt == EvalFormat.json:
        sys.stdout.write(json.dumps(ev.to_json(), ensure_ascii=False, indent=1) + "\n")
    else:
        sys.stdout.write(render_splits(ev, summary_only=summary))
