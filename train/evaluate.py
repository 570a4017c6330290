"""Predict character spans with a token classifier, and score them with strict seqeval.

Scoring is done on *character* IOB2 sequences (gold spans and predicted spans both rendered per
character), so the numbers do not depend on the tokenizer: a base with another vocabulary, or
a span boundary inside a token, is judged by the characters it actually tags.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from annotations.corpus import Example
from infer.alignment import CharSpan, encode_windows, merge_windows, spans_to_char_tags, token_tags_to_spans


def predict_spans(model, tokenizer, texts: Sequence[str], max_length: int, stride: int,
                  batch_size: int = 16) -> list[list[CharSpan]]:
    """Tag each text (long ones in overlapping windows) and decode to char spans."""
    import torch

    id2label = model.config.id2label
    jobs = []  # (text index, window)
    per_text = [encode_windows(tokenizer, t, max_length, stride) for t in texts]
    for ti, wins in enumerate(per_text):
        jobs.extend((ti, w) for w in wins)
    tags: dict[int, list[list[str]]] = {i: [] for i in range(len(texts))}
    scores: dict[int, list[list[float]]] = {i: [] for i in range(len(texts))}
    pad = tokenizer.pad_token_id or 0
    was_training = model.training
    model.eval()
    with torch.inference_mode():
        for b in range(0, len(jobs), batch_size):
            chunk = jobs[b:b + batch_size]
            width = max(len(w.input_ids) for _, w in chunk)
            ids = torch.full((len(chunk), width), pad, dtype=torch.long)
            mask = torch.zeros((len(chunk), width), dtype=torch.long)
            for r, (_, w) in enumerate(chunk):
                ids[r, :len(w.input_ids)] = torch.tensor(w.input_ids)
                mask[r, :len(w.input_ids)] = 1
            probs = model(input_ids=ids, attention_mask=mask).logits.softmax(-1)
            best_p, best = probs.max(-1)
            for r, (ti, w) in enumerate(chunk):
                n = len(w.input_ids)
                tags[ti].append([id2label[int(k)] for k in best[r, :n]])
                scores[ti].append(best_p[r, :n].tolist())
    if was_training:
        model.train()
    out = []
    for ti, text in enumerate(texts):
        offs, t, s = merge_windows(per_text[ti], tags[ti], scores[ti], text)
        out.append(token_tags_to_spans(offs, t, text, s))
    return out


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
