"""Run the token classifier over whole reports: windows, pre-filter, one decode per document.

Reports run to tens of thousands of characters; the encoder reads at most ``max_length`` tokens. So:

1. **Pre-filter** (:func:`candidate_regions`): only paragraphs with a sentence that can hold a
   fact are tagged: a number that is not a date/percentage/list marker/code, a Chinese numeral
   followed by a count unit (两件, 十二件), or a zero word (未/没有/无/零); table rows are left to
   the table parser (but the prose sentences beside the cells of a "row", a report flattened onto
   one line with its table, are kept). Kept paragraphs are tagged whole (the model was trained on passages and its
   borderline calls depend on context); an over-long paragraph contributes its candidate
   sentences with one neighbour on each side. ``tests/test_tagger.py`` checks on the seeds that
   every hand-labelled span lies inside a region, and (slow) that the shipped model finds every
   gold fact with the filter that it finds on the full text; the model reads about half the text.
2. **Windows**: each region is tokenized once; regions longer than the model's window are cut into
   overlapping windows (sharing ``stride`` tokens, as in training). Every token keeps the
   prediction of the window in which it sits farthest from an edge, so no token is judged with one-sided context when a better
   window exists. All windows of a document are batched together (sorted by length, little
   padding) under ``torch.inference_mode``.
3. **Decode once**: BIO tags are decoded over the tokens of the whole document in order (an I- tag
   without its B- opens a span rather than being lost), then spans are mapped to characters, trimmed
   of spaces, and a ``COUNT`` is snapped to the whole numeral it touches, so ``2468`` is never cut
   into ``35`` + ``61``. A span's score is the mean over its tokens of the highest tag probability.

The model and tokenizer are injected (:class:`Tagger` takes any token-classification module and
fast tokenizer), so tests run a tiny random model; anything with a ``tag(text)`` method returning
:class:`TaggedSpan` lists can stand in for a :class:`Tagger` in the pipeline.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Protocol, Sequence

from infer.lexicon import COUNT_UNITS, ZERO_WORDS
from infer.numerals import CHINESE_NUMERAL_CHARS, NUMERAL_RE
from infer.prose.spans import Span
from infer.prose.segment import TABLE_SEPARATORS, table_line_ranges

#: The shipped model, relative to the project checkout.
DEFAULT_MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "tagger"

__all__ = ["TaggedSpan", "SpanTagger", "Tagger", "candidate_regions", "window_plan", "decode_bio"]


#: One span the tagger found: offsets into the document, its label, and its confidence. It is the prose
#: path's one span type (:class:`infer.prose.spans.Span`; ``text`` stays empty until the linker fills it).
TaggedSpan = Span


class SpanTagger(Protocol):
    """What the pipeline needs from a tagger (a :class:`Tagger`, or a fake in tests)."""

    def tag(self, text: str) -> list[TaggedSpan]: ...


# --- 1. pre-filter ---------------------------------------------------------------------------------

_SENTENCE_END = re.compile(r"[。！？!?\n]")
_ZERO_CHARS = sorted({w for w in ZERO_WORDS} | {"沒有", "無", "没", "沒"}, key=len, reverse=True)
_UNIT_CHARS = "".join(sorted({u[0] for u in COUNT_UNITS}))
#: A number that may be a count: not a date/time (2017年, 12月, 9:30), not a percentage, not a list
#: marker (1. 2、), not part of a code (〔2017〕50号 ends in 号, 0755-2615 has a dash).
_COUNT_LIKE = re.compile(
    r"(?<![0-9０-９.．\-/〔\[])[0-9０-９]+(?:[.．,，][0-9０-９]+)*"
    r"(?![0-9０-９]*\s*(?:年|月|日|号|號|[%％]|[.．、](?![0-9０-９])|时|時|:|：|-|/|〕|\]))")
_CHINESE_COUNT = re.compile(r"[" + CHINESE_NUMERAL_CHARS + r"]\s*[" + _UNIT_CHARS + r"]")
_ZERO = re.compile("|".join(re.escape(z) for z in _ZERO_CHARS))
_ONLY_NUMBERS = re.compile(r"[\s\-—–－0-9０-９.,，%％+]*")


def _sentences(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        out.append((start, m.end()))
        start = m.end()
    if start < len(text):
        out.append((start, len(text)))
    return out


def _has_cells(sentence: str) -> bool:
    return any(sep in sentence for sep in TABLE_SEPARATORS)


def may_hold_fact(sentence: str) -> bool:
    """True unless ``sentence`` surely holds no prose fact (see :func:`candidate_regions`)."""
    if _ONLY_NUMBERS.fullmatch(sentence):
        return False  # a table cell on its own line: the linker never links it
    return bool(_COUNT_LIKE.search(sentence) or _CHINESE_COUNT.search(sentence) or _ZERO.search(sentence))


def candidate_regions(text: str, max_paragraph_chars: int = 600, context_sentences: int = 1,
                      max_context_chars: int = 200) -> list[tuple[int, int]]:
    """``(start, end)`` regions worth tagging: paragraphs (lines) with a sentence that may hold a fact.

    A sentence may hold a fact when it has a number that is not a date, time, percentage, list
    marker or code; a Chinese numeral directly before a count unit; or a zero word. Table rows
    (:func:`infer.prose.segment.table_line_ranges`) and number-only lines are skipped: the linker never
    reads facts there. A kept paragraph is tagged whole, because the model was trained on passages
    and judges borderline words (a ZERO 未) by their neighbours; a paragraph longer than
    ``max_paragraph_chars`` (a report flattened into one line) contributes only its candidate
    sentences plus ``context_sentences`` on each side (each at most ``max_context_chars`` long).
    A table row's sentences without cell separators are prose (a report flattened onto one line
    with its table) and are read the same way, never its cells; skipping the whole line lost every
    prose fact of such a report, silently. Touching regions merge.
    """
    tables = table_line_ranges(text)
    t = 0
    regions: list[tuple[int, int]] = []

    def add(a: int, b: int) -> None:
        if regions and regions[-1][1] >= a:
            regions[-1] = (regions[-1][0], max(regions[-1][1], b))
        else:
            regions.append((a, b))

    pos = 0
    for line in text.splitlines(keepends=True):
        a, b = pos, pos + len(line)
        pos = b
        while t < len(tables) and tables[t][1] < a:
            t += 1
        in_table = t < len(tables) and tables[t][0] <= a and b <= tables[t][1] + 1
        if not line.strip():
            continue
        sents = [(a + x, a + y) for x, y in _sentences(line)]
        # a "table row" with whole sentences beside its cells is a report flattened onto one line:
        # those sentences are prose (read one by one, never the cells)
        usable = [not (in_table and _has_cells(text[x:y])) for x, y in sents]
        keep = [u and may_hold_fact(text[x:y]) for u, (x, y) in zip(usable, sents)]
        if not any(keep):
            continue
        if b - a <= max_paragraph_chars and not in_table:
            add(a, b)
            continue

        def context(k: int) -> bool:
            return usable[k] and sents[k][1] - sents[k][0] <= max_context_chars

        for i, k in enumerate(keep):
            if not k:
                continue
            lo, hi = i, i
            while lo > 0 and i - lo < context_sentences and context(lo - 1):
                lo -= 1
            while hi + 1 < len(sents) and hi - i < context_sentences and context(hi + 1):
                hi += 1
            add(sents[lo][0], sents[hi][1])
    return regions


# --- 2. windows -------------------------------------------------------------------------------------

def window_plan(n_tokens: int, window: int, overlap: int) -> tuple[list[tuple[int, int]], list[int]]:
    """Windows ``[(start, end)]`` over ``n_tokens`` and, per token, the index of its best window.

    Consecutive windows share ``overlap`` tokens (the last one is aligned to the end); a token's best
    window is the one where ``min(distance to the window's start, to its end)`` is largest.
    """
    if window <= 0 or not (0 <= overlap < window):
        raise ValueError(f"need window > 0 and 0 <= overlap < window (got {window}, {overlap})")
    if n_tokens <= window:
        return [(0, n_tokens)], [0] * n_tokens
    step = window - overlap
    starts = sorted(set(list(range(0, n_tokens - window, step)) + [n_tokens - window]))
    windows = [(s, s + window) for s in starts]
    best: list[int] = []
    w = 0
    for t in range(n_tokens):
        while windows[w][1] <= t:  # windows holding t are contiguous: start at the first one
            w += 1
        bi, bd, k = w, -1, w
        while k < len(windows) and windows[k][0] <= t:
            s, e = windows[k]
            d = min(t - s, e - 1 - t)
            if d > bd:
                bi, bd = k, d
            k += 1
        best.append(bi)
    return windows, best


# --- 3. decode ----------------------------------------------------------------------------------------

def decode_bio(tags: Sequence[str], probs: Sequence[float], breaks: set[int] | None = None,
               skip: Sequence[bool] | None = None) -> list[tuple[int, int, str, float]]:
    """Token-level BIO decode: ``[(first_token, last_token, label, mean max prob)]`` (inclusive).

    ``breaks`` are token indices where a span may not continue (the first token of a new region);
    ``skip[i]`` marks tokens that own no character (see :func:`infer.alignment.clean_offsets`): they
    neither start nor break a span, as in training. An ``I-X`` that does not continue an ``X`` span
    starts one (models often miss the ``B-``).
    """
    breaks = breaks or set()
    out: list[tuple[int, int, str, float]] = []
    cur: list[Any] | None = None  # [first, last, label, sum of probs, n]

    def close() -> None:
        nonlocal cur
        if cur is not None:
            out.append((cur[0], cur[1], cur[2], cur[3] / cur[4]))
            cur = None

    for i, (tag, p) in enumerate(zip(tags, probs)):
        if i in breaks:
            close()
        if skip is not None and skip[i]:
            continue
        if tag == "O" or "-" not in tag:
            close()
            continue
        prefix, label = tag.split("-", 1)
        if prefix == "I" and cur is not None and cur[2] == label:
            cur[1] = i
            cur[3] += p
            cur[4] += 1
        else:
            close()
            cur = [i, i, label, p, 1]
    close()
    return out


def _snap_number(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen/narrow a COUNT span to the whole numeral(s) it touches (never half a number)."""
    lo = max(0, start - 32)
    hits = [m for m in NUMERAL_RE.finditer(text, lo, min(len(text), end + 32))
            if m.start() < end and start < m.end()]
    if not hits:
        return start, end
    s, e = hits[0].start(), hits[-1].end()
    while e > s and text[e - 1] in ",，.．":
        e -= 1
    return s, e


# --- the tagger ------------------------------------------------------------------------------------

class Tagger:
    """A token classifier applied to whole documents.

    ``tags`` is the BIO tag list in the model head's order. ``max_length`` counts the two special
    tokens; ``stride`` is how many tokens neighbouring windows share (as in the training code and
    Hugging Face's overflow windows; default: a quarter of a window). A batch holds at most
    ``batch_size`` windows and ``batch_tokens`` padded tokens.
    """

    def __init__(self, model: Any, tokenizer: Any, tags: Sequence[str], *, max_length: int = 512,
                 stride: int | None = None, batch_size: int = 32, batch_tokens: int = 4096,
                 prefilter: bool = True) -> None:
        self.model = model
        self.tokenizer = tokenizer
        self.tags = list(tags)
        self.max_length = int(max_length)
        self.window = self.max_length - 2
        self.stride = int(stride) if stride is not None else self.window // 4
        if self.window < 1 or not 0 <= self.stride < self.window:
            raise ValueError(f"max_length {max_length} / stride {stride}: need 0 <= stride < max_length - 2")
        self.batch_size = batch_size
        self.batch_tokens = max(int(batch_tokens), self.max_length)
        self.prefilter = prefilter
        if hasattr(model, "eval"):
            model.eval()

    @classmethod
    def load(cls, model_dir: str | Path | None = None, *, quantize: bool = False, **kwargs: Any) -> "Tagger":
        """Load the shipped model (``models/tagger/``) or ``model_dir`` via :func:`infer.model_io.load_tagger`.

        ``quantize`` applies dynamic int8 quantization to the Linear layers (faster on CPU; check
        the scores before relying on it). ``kwargs`` override the window settings (``max_length``,
        ``stride``, ``batch_size``, ``batch_tokens``, ``prefilter``); ``max_length`` defaults to
        the one the model was trained with.
        """
        from infer.model_io import load_tagger

        model, tokenizer, meta = load_tagger(Path(model_dir) if model_dir else DEFAULT_MODEL_DIR,
                                             quantize=quantize)
        tags = meta.get("tags")
        if not tags:
            id2label = getattr(getattr(model, "config", None), "id2label", None) or {}
            tags = [id2label[i] for i in sorted(id2label)]
        opts: dict[str, Any] = {"max_length": int(meta.get("max_length", 512))}
        opts.update(kwargs)
        return cls(model, tokenizer, tags, **opts)

    # -- steps
    def _regions(self, text: str) -> list[tuple[int, int]]:
        if not self.prefilter:
            return [(0, len(text))] if text.strip() else []
        return candidate_regions(text)

    def _encode(self, text: str, regions: list[tuple[int, int]]) -> list[tuple[list[int], list[tuple[int, int]]]]:
        """Token ids of each region (no special tokens) and their cleaned document-level offsets."""
        from infer.alignment import clean_offsets

        chunks = [text[a:b] for a, b in regions]
        if not chunks:
            return []
        enc = self.tokenizer(chunks, add_special_tokens=False, return_offsets_mapping=True)
        out = []
        for (a, _), ids, offs in zip(regions, enc["input_ids"], enc["offset_mapping"]):
            shifted = [(a + s, a + e) if e > s else (a + s, a + s) for s, e in offs]
            out.append((list(ids), clean_offsets(shifted, text)))
        return out

    #: What one forward call costs beyond its tokens, in padded-token equivalents (measured on CPU for
    #: the 6-layer e5-small: a 1×8 call takes ~20% of a 1×128 call).
    CALL_OVERHEAD_TOKENS = 32

    def _batches(self, windows: list[list[int]]) -> list[list[int]]:
        """Window indices grouped by similar length, each group within ``batch_size``/``batch_tokens``.

        Windows are sorted by length and cut into consecutive groups that minimise the padded tokens
        computed (``rows × longest row`` per group) plus a per-call overhead (dynamic programming over
        the sorted lengths). A report's short sentences and full windows then run in separate calls:
        on the seeds this computes ~40% fewer tokens than one budget-filled batch, same outputs.
        """
        order = sorted(range(len(windows)), key=lambda i: len(windows[i]))
        widths = [len(windows[i]) + 2 for i in order]
        n = len(order)
        best = [0.0] + [float("inf")] * n  # best[j]: cost of batching the j shortest windows
        cut = [0] * (n + 1)
        for j in range(1, n + 1):
            for i in range(j - 1, max(0, j - self.batch_size) - 1, -1):  # last group = order[i:j]
                if (j - i) * widths[j - 1] > self.batch_tokens and i < j - 1:
                    break
                cost = best[i] + (j - i) * widths[j - 1] + self.CALL_OVERHEAD_TOKENS
                if cost < best[j]:
                    best[j], cut[j] = cost, i
        batches: list[list[int]] = []
        j = n
        while j > 0:
            batches.append(order[cut[j]:j])
            j = cut[j]
        return batches[::-1]

    def _predict(self, windows: list[list[int]]) -> list[Any]:
        """Probabilities ``[len(window), n_tags]`` per window, batched by similar length."""
        import torch

        cls_id = self.tokenizer.cls_token_id if self.tokenizer.cls_token_id is not None else self.tokenizer.bos_token_id
        sep_id = self.tokenizer.sep_token_id if self.tokenizer.sep_token_id is not None else self.tokenizer.eos_token_id
        pad_id = self.tokenizer.pad_token_id or 0
        results: list[Any] = [None] * len(windows)
        with torch.inference_mode():
            for idx in self._batches(windows):
                width = max(len(windows[i]) for i in idx) + 2
                ids = torch.full((len(idx), width), pad_id, dtype=torch.long)
                mask = torch.zeros((len(idx), width), dtype=torch.long)
                for r, i in enumerate(idx):
                    seq = [cls_id] + windows[i] + [sep_id]
                    ids[r, :len(seq)] = torch.tensor(seq)
                    mask[r, :len(seq)] = 1
                logits = self.model(input_ids=ids, attention_mask=mask).logits
                probs = torch.softmax(logits.float(), dim=-1)
                for r, i in enumerate(idx):
                    results[i] = probs[r, 1:1 + len(windows[i])]
        return results

    def tag(self, text: str) -> list[TaggedSpan]:
        """Every span the model finds in ``text`` (offsets into ``text``), in document order."""
        regions = self._regions(text)
        encoded = self._encode(text, regions)
        all_windows: list[list[int]] = []
        plans = []
        for ids, _ in encoded:
            windows, best = window_plan(len(ids), self.window, self.stride)
            base = len(all_windows)
            all_windows.extend(ids[s:e] for s, e in windows)
            plans.append((windows, best, base))
        probs = self._predict(all_windows) if all_windows else []

        tags: list[str] = []
        maxp: list[float] = []
        offsets: list[tuple[int, int]] = []
        breaks: set[int] = set()
        for (ids, offs), (windows, best, base) in zip(encoded, plans):
            breaks.add(len(tags))
            for t in range(len(ids)):
                w = best[t]
                row = probs[base + w][t - windows[w][0]]
                k = int(row.argmax())
                tags.append(self.tags[k])
                maxp.append(float(row[k]))
            offsets.extend(offs)
        skip = [s == e for s, e in offsets]

        out: list[TaggedSpan] = []
        for first, last, label, score in decode_bio(tags, maxp, breaks, skip):
            start, end = offsets[first][0], offsets[last][1]
            if label == "COUNT":
                start, end = _snap_number(text, start, end)
            out.append(TaggedSpan(start, end, label, round(score, 4)))
        return _merge_overlaps(out)


def _merge_overlaps(spans: list[TaggedSpan]) -> list[TaggedSpan]:
    """After snapping, two COUNT pieces of one number can coincide: keep one span per region."""
    out: list[TaggedSpan] = []
    for s in sorted(spans):
        if out and s.start < out[-1].end:
            prev = out[-1]
            if prev.label == s.label:
                out[-1] = TaggedSpan(prev.start, max(prev.end, s.end), prev.label, max(prev.score, s.score))
            elif s.label == "COUNT":  # the number wins over a category that swallowed a digit
                out[-1] = TaggedSpan(prev.start, s.start, prev.label, prev.score) if s.start > prev.start else s
                if s.start > prev.start:
                    out.append(s)
            continue
        out.append(s)
    return [s for s in out if s.end > s.start]
