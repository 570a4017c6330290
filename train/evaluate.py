"""Predict character spans with a token classifier, and score them with strict seqeval.

Scoring is done on *character* IOB2 sequences (gold spans and predicted spans both rendered per
character), so the numbers do not depend on the tokenizer: a base with another vocabulary, or
a span boundary inside a token, is judged by the characters it actually tags.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from annotations.corpus import Example
from infer.alignment import CharSpan, spans_to_char_tags


def predict_spans(model, tokenizer, texts: Sequence[str], max_length: int, stride: int,
                  batch_size: int = 32, group_chars: int = 20000) -> list[list[CharSpan]]:
    """Tag each text exactly as the runtime does (:class:`infer.tagger.Tagger`: pre-filter, windows,
    decode, numbers snapped whole), so training scores are the scores of what ships.

    Short passages are joined (by a blank line, which ends a sentence) into documents of about
    ``group_chars`` characters so their windows are batched together: tagging 300 passages one by
    one costs 300 tiny forward passes. Spans are mapped back to their passage (clipped to it).
    """
    from infer.tagger import Tagger

    tags = [model.config.id2label[i] for i in range(model.config.num_labels)]
    was_training = model.training
    tagger = Tagger(model, tokenizer, tags, max_length=max_length, stride=stride, batch_size=batch_size)
    sep = "\n\n"
    out: list[list[CharSpan]] = [[] for _ in texts]
    try:
        i = 0
        while i < len(texts):
            group, starts, pos = [], [], 0
            while i < len(texts) and (not group or pos + len(texts[i]) <= group_chars):
                starts.append(pos)
                group.append(i)
                pos += len(texts[i]) + len(sep)
                i += 1
            doc = sep.join(texts[k] for k in group)
            for sp in tagger.tag(doc):
                for k, st in zip(group, starts):
                    a, b = max(sp.start, st), min(sp.end, st + len(texts[k]))
                    if a < b:
                        out[k].append(CharSpan(a - st, b - st, sp.label, sp.score))
        return out
    finally:
        if was_training:
            model.train()


@dataclass
class Scores:
    """Strict entity-level scores: ``per_type`` label -> {precision, recall, f1, support}."""

    micro_f1: float
    per_type: dict[str, dict[str, float]]

    def as_dict(self) -> dict:
        return {"micro_f1": self.micro_f1, "per_type": self.per_type}


def score_spans(examples: Sequence[Example], predicted: Sequence[Sequence[CharSpan]]) -> Scores:
    """Strict IOB2 seqeval (exact span and type) over character tag sequences."""
    from seqeval.metrics import classification_report, f1_score
    from seqeval.scheme import IOB2

    y_true = [spans_to_char_tags(len(ex.text), ex.spans) for ex in examples]
    y_pred = [spans_to_char_tags(len(ex.text), p) for ex, p in zip(examples, predicted)]
    if not any(t != "O" for seq in y_true + y_pred for t in seq):
        return Scores(0.0, {})
    rep = classification_report(y_true, y_pred, mode="strict", scheme=IOB2, output_dict=True, zero_division=0)
    per = {k: {"precision": float(v["precision"]), "recall": float(v["recall"]),
               "f1": float(v["f1-score"]), "support": int(v["support"])}
           for k, v in rep.items() if not k.endswith(" avg")}
    micro = float(f1_score(y_true, y_pred, mode="strict", scheme=IOB2, zero_division=0))
    return Scores(micro, per)


def evaluate(model, tokenizer, examples: Sequence[Example], max_length: int, stride: int,
             batch_size: int = 16) -> tuple[Scores, list[list[CharSpan]]]:
    preds = predict_spans(model, tokenizer, [ex.text for ex in examples], max_length, stride, batch_size)
    return score_spans(examples, preds), preds


def format_table(scores: Scores, title: str) -> str:
    """A Markdown table of per-type precision/recall/F1/support, for logs and the model card."""
    lines = [f"**{title}** (strict entity micro-F1 = {scores.micro_f1:.3f})", "",
             "| type | precision | recall | F1 | support |", "|---|---|---|---|---|"]
    for k in sorted(scores.per_type):
        v = scores.per_type[k]
        lines.append(f"| {k} | {v['precision']:.3f} | {v['recall']:.3f} | {v['f1']:.3f} | {v['support']} |")
    return "\n".join(lines)


def span_errors(examples: Sequence[Example], predicted: Sequence[Sequence[CharSpan]], context: int = 12) -> list[str]:
    """Human-readable misses (gold not predicted exactly) and false alarms, with some context.

    Only for logs: the seed prose must never be copied into the repository.
    """
    out = []
    for ex, pred in zip(examples, predicted):
        gold = {(s.start, s.end, s.label) for s in ex.spans}
        got = {(s.start, s.end, s.label) for s in pred}
        for kind, items in (("MISS", gold - got), ("FALSE", got - gold)):
            for a, b, lab in sorted(items):
                left, right = ex.text[max(0, a - context):a], ex.text[b:b + context]
                out.append(f"{kind} {lab:<13} {left!r} [{ex.text[a:b]}] {right!r}")
    return out
