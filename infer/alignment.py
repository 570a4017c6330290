"""Character spans <-> token BIO tags, for training (labels) and for the runtime tagger (decoding).

Why this is not trivial with the e5/XLM-R SentencePiece tokenizer (a fast tokenizer's
``offset_mapping`` is the only link between tokens and characters):

* a number can be split over several pieces (``486`` -> ``48`` + ``6``), and a piece can hold a
  number plus what follows (e.g. ``1`` + ``2件``): a span boundary may fall *inside* a token;
* the word-start marker can be a piece of its own (``▁``) whose offsets point at the whitespace
  before a word, or *overlap* the next piece (``▁`` (0,1) followed by ``行政`` (0,2));
* a piece with the marker glued on (``▁2``) has offsets that include the whitespace before it;
* NFKC folds full-width ``３７`` to ``37`` but the offsets still point into the original text;
* special tokens (``<s>``, ``</s>``, padding) have the empty range (0, 0).

So offsets are first *cleaned* (:func:`clean_offsets`): whitespace is trimmed off each token's
range, and a token whose range is empty, whitespace only, or overlapped by a later token becomes
empty (start == end). Empty tokens carry no label: they get ``-100`` in training
(:func:`spans_to_label_ids`) and are skipped when decoding. A token that overlaps a span gets the
span's tag even if the span starts or ends inside it (``B-`` for the first such token of the span,
``I-`` after); such cases are counted by :func:`alignment_issues` so training data stats can report
them instead of hiding them.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, NamedTuple, Protocol, Sequence

#: Label id that PyTorch's cross-entropy ignores: special, empty and whitespace-only tokens.
IGNORE_INDEX = -100

Offsets = Sequence[tuple[int, int]]


class SpanLike(Protocol):
    start: int
    end: int
    label: str


class CharSpan(NamedTuple):
    """A decoded span: ``text[start:end]`` carries ``label``; ``score`` is the weakest token's probability."""

    start: int
    end: int
    label: str
    score: float = 1.0


def clean_offsets(offsets: Offsets, text: str | None = None) -> list[tuple[int, int]]:
    """Token ranges with whitespace trimmed and unusable tokens made empty (see module doc).

    ``text`` is needed to trim whitespace (``▁2`` -> ``2``); without it only empty and overlapped
    ranges are handled. The result has one ``(start, end)`` per token; ``start == end`` means
    "this token stands for no character of its own".
    """
    out: list[tuple[int, int]] = []
    n = len(offsets)
    for i, (s, e) in enumerate(offsets):
        s, e = int(s), int(e)
        if text is not None:
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
        if s < e:
            # a marker piece overlapped by the next real token (▁ (0,1) then 行政 (0,2)) owns nothing
            for j in range(i + 1, n):
                s2, e2 = int(offsets[j][0]), int(offsets[j][1])
                if s2 == e2:  # special/empty token: look further
                    continue
                if s2 < e:
                    s = e = s2
                break
        out.append((s, e) if s < e else (s, s))
    return out


def _overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


def _token_span_index(cleaned: list[tuple[int, int]], spans: Sequence[SpanLike]) -> list[int | None]:
    """For each token, the index of the span it belongs to (largest overlap, first on ties), or None."""
    order = sorted(range(len(spans)), key=lambda k: (spans[k].start, spans[k].end))
    owner: list[int | None] = []
    for s, e in cleaned:
        best, best_ov = None, 0
        if s < e:
            for k in order:
                sp = spans[k]
                if sp.start >= e:
                    break
                ov = _overlap(s, e, sp.start, sp.end)
                if ov > best_ov:
                    best, best_ov = k, ov
        owner.append(best)
    return owner


def spans_to_token_tags(offsets: Offsets, spans: Sequence[SpanLike], text: str | None = None) -> list[str]:
    """BIO tag per token (``O`` for empty tokens, too; use :func:`spans_to_label_ids` for training).

    ``offsets`` are raw ``offset_mapping`` pairs (cleaned here); ``spans`` are objects with
    ``start``/``end``/``label`` (e.g. ``annotations.corpus.Span``), disjoint. A token overlapping a
    span is tagged with it even where the span boundary falls inside the token.
    """
    cleaned = clean_offsets(offsets, text)
    owner = _token_span_index(cleaned, spans)
    tags: list[str] = []
    prev: int | None = None
    for k in owner:
        if k is None:
            tags.append("O")
        else:
            tags.append(("I-" if k == prev else "B-") + spans[k].label)
        prev = k
    return tags


def spans_to_label_ids(
    offsets: Offsets, spans: Sequence[SpanLike], tag2id: dict[str, int], text: str | None = None
) -> list[int]:
    """Label ids for training: the BIO tag id per token, :data:`IGNORE_INDEX` for empty tokens."""
    cleaned = clean_offsets(offsets, text)
    tags = spans_to_token_tags(offsets, spans, text)
    return [IGNORE_INDEX if s == e else tag2id[t] for (s, e), t in zip(cleaned, tags)]


def token_tags_to_spans(
    offsets: Offsets, tags: Sequence[str], text: str, scores: Sequence[float] | None = None
) -> list[CharSpan]:
    """Decode token BIO tags back to character spans of ``text``.

    Empty tokens are skipped (they neither start nor break a span). An ``I-X`` that does not
    continue an ``X`` span starts one (lenient IOB2 decoding, so a model's slip does not lose the
    entity). A span covers its first token's start to its last token's end, whitespace trimmed.
    """
    if len(offsets) != len(tags):
        raise ValueError(f"{len(offsets)} offsets but {len(tags)} tags")
    cleaned = clean_offsets(offsets, text)
    spans: list[CharSpan] = []
    cur: list = []  # [start, end, label, min score]

    def close() -> None:
        if cur:
            spans.append(CharSpan(cur[0], cur[1], cur[2], cur[3]))
            cur.clear()

    for i, ((s, e), tag) in enumerate(zip(cleaned, tags)):
        if s == e:
            continue
        p = float(scores[i]) if scores is not None else 1.0
        if tag == "O" or not tag:
            close()
            continue
        prefix, _, label = tag.partition("-")
        if prefix == "I" and cur and cur[2] == label:
            cur[1] = max(cur[1], e)
            cur[3] = min(cur[3], p)
        else:
            close()
            cur.extend([s, e, label, p])
    close()
    return spans


@dataclass
class AlignmentStats:
    """What was bent to fit spans onto tokens, summed over a data set (reported, never hidden)."""

    spans: int = 0
    tokens: int = 0
    boundary_inside_token: int = 0  # span start/end strictly inside a (trimmed) token
    lost_spans: int = 0  # spans that no token ended up carrying (e.g. two spans in one token)
    examples: list[str] = field(default_factory=list)  # a few samples, for the log

    def add(self, other: "AlignmentStats") -> None:
        self.spans += other.spans
        self.tokens += other.tokens
        self.boundary_inside_token += other.boundary_inside_token
        self.lost_spans += other.lost_spans
        self.examples.extend(other.examples[: max(0, 10 - len(self.examples))])

    def as_dict(self) -> dict:
        return {"spans": self.spans, "tokens": self.tokens,
                "boundary_inside_token": self.boundary_inside_token, "lost_spans": self.lost_spans}


def alignment_issues(offsets: Offsets, spans: Sequence[SpanLike], text: str) -> AlignmentStats:
    """Count spans whose boundary cuts a token, and spans lost because another span owns their tokens.

    Only spans fully inside the tokenized range are judged (a window cut by ``max_length`` covers
    part of the text only).
    """
    cleaned = clean_offsets(offsets, text)
    real = [(s, e) for s, e in cleaned if s < e]
    st = AlignmentStats(tokens=len(real))
    if not real:
        return st
    lo, hi = real[0][0], real[-1][1]
    owner = _token_span_index(cleaned, spans)
    owned = {k for k in owner if k is not None}
    for k, sp in enumerate(spans):
        if sp.start < lo or sp.end > hi:
            continue
        st.spans += 1
        cut = any(s < sp.start < e or s < sp.end < e for s, e in real)
        if cut:
            st.boundary_inside_token += 1
            if len(st.examples) < 10:
                st.examples.append(f"{sp.label} {text[sp.start:sp.end]!r} cut by tokens in "
                                   f"{text[max(0, sp.start - 5):sp.end + 5]!r}")
        if k not in owned:
            st.lost_spans += 1
    return st


def spans_to_char_tags(length: int, spans: Iterable[SpanLike]) -> list[str]:
    """IOB2 tags per *character*: a tokenizer-independent sequence for strict seqeval scoring."""
    tags = ["O"] * length
    for sp in spans:
        if not (0 <= sp.start < sp.end <= length):
            continue
        tags[sp.start] = f"B-{sp.label}"
        for i in range(sp.start + 1, sp.end):
            tags[i] = f"I-{sp.label}"
    return tags


# --- long texts: overlapping windows of at most max_length tokens ---------------------------------

@dataclass
class Window:
    """One model input cut from a long text: token ids plus each token's raw char offsets."""

    input_ids: list[int]
    offsets: list[tuple[int, int]]


def encode_windows(tokenizer, text: str, max_length: int, stride: int) -> list[Window]:
    """Tokenize ``text`` into windows of ``max_length`` tokens overlapping by ``stride`` tokens.

    Uses the fast tokenizer's own overflow handling, so every window is the same token sequence
    cut at different places (a token has identical offsets in every window that holds it).
    """
    if not getattr(tokenizer, "is_fast", False):
        raise TypeError("a fast tokenizer (with offset_mapping) is required")
    if stride >= max_length - 2:
        raise ValueError(f"stride {stride} must be smaller than max_length {max_length} minus 2 special tokens")
    enc = tokenizer(text, truncation=True, max_length=max_length, stride=stride,
                    return_overflowing_tokens=True, return_offsets_mapping=True)
    ids, offs = enc["input_ids"], enc["offset_mapping"]
    if ids and isinstance(ids[0], int):  # a single window comes back unbatched by some tokenizers
        ids, offs = [ids], [offs]
    return [Window(list(i), [tuple(o) for o in off]) for i, off in zip(ids, offs)]
