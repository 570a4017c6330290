"""A simplified-Chinese shadow of the input text with the SAME length, so that label matching can
work on one script while every offset still points into the caller's text.

OpenCC converts phrases (反覆→反复, 網路→网络) and may change the length of a line; where it does,
the line is converted chunk by chunk and, as a last resort, character by character, so that the
shadow always aligns 1:1 with the original.

Speed: the pure-Python OpenCC costs about 2 µs a character, too slow for 400k-character reports, and
almost every line of a simplified report converts to itself. The characters t2s can change are read
once from OpenCC's own dictionaries; a line holding none of them skips OpenCC, and per-character
folding runs through ``str.translate`` with a memoising table.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from opencc import OpenCC

# t2s only: the Taiwan-phrase step of infer.lexicon.to_simplified also rewrites simplified words
# (文件→文档), which would break labels such as 主动公开文件数.
_T2S = OpenCC("t2s")


def to_simplified(text: str) -> str:
    """OpenCC t2s of ``text``, fast: a line holding none of t2s's phrases is converted character by
    character with ``str.translate`` (which is what OpenCC does to it, at C speed); a line with a
    phrase (反覆, 乾隆 …) goes through OpenCC itself, whose phrase matching is kept exactly."""
    tables = _t2s_tables()
    if tables is None:
        return _T2S.convert(text)
    phrases, chars = tables
    if not phrases.search(text):
        return text.translate(chars)
    # OpenCC converts each stretch between its sentence separators on its own: only the stretches
    # holding a phrase need it
    parts = _T2S.split_chars_re.split(text) if hasattr(_T2S, "split_chars_re") else [text]
    return "".join(_T2S.convert(p) if i % 2 == 0 and phrases.search(p) else
                   p.translate(chars) if i % 2 == 0 else p for i, p in enumerate(parts))


@lru_cache(maxsize=1)
def _t2s_tables() -> tuple[re.Pattern[str], dict[int, str]] | None:
    """(any t2s phrase, single-character table) read from OpenCC's own dictionaries; None when they
    cannot be read (then everything goes through OpenCC)."""
    import opencc

    folder = Path(opencc.__file__).parent / "dictionary"
    try:
        phrases = [ln.partition("\t")[0] for ln in
                   (folder / "TSPhrases.txt").read_text(encoding="utf-8").splitlines()]
        chars = {}
        for ln in (folder / "TSCharacters.txt").read_text(encoding="utf-8").splitlines():
            key, _, values = ln.partition("\t")
            if len(key) == 1 and values:
                chars[ord(key)] = values.split(" ")[0]
    except OSError:
        return None
    phrases = sorted((p for p in phrases if len(p) > 1), key=len, reverse=True)
    starts = "".join(sorted({p[0] for p in phrases}))
    # the class test first (one cheap lookup), so the alternation runs only where a phrase can start
    pattern = re.compile(f"(?=[{re.escape(starts)}])(?:{'|'.join(re.escape(p) for p in phrases)})")
    return pattern, chars


@lru_cache(maxsize=1)
def _changing_chars() -> frozenset[str] | None:
    """Every character t2s may rewrite (per TSCharacters and TSPhrases); None if the dictionaries
    cannot be read (then every line goes through OpenCC)."""
    import opencc

    folder = Path(opencc.__file__).parent / "dictionary"
    out: set[str] = set(_CHAR_FALLBACK)
    try:
        for name in ("TSCharacters.txt", "TSPhrases.txt"):
            for line in (folder / name).read_text(encoding="utf-8").splitlines():
                key, _, values = line.partition("\t")
                value = values.split(" ")[0] if values else key
                if len(key) != len(value):
                    out.update(key)
                else:
                    out.update(k for k, v in zip(key, value) if k != v)
    except OSError:
        return None
    return frozenset(out)


_CHUNK_RE = re.compile(r"[\u3400-\u9fff]+|[^\u3400-\u9fff]+")
_CHAR_FALLBACK = {"覆": "复"}  # 答覆/反覆: phrase-level conversions that per-char t2s misses


#: circled numbers (① …) are row numbering, never counts: kept, not folded to digits
_KEEP = {chr(c) for c in range(0x2460, 0x2474)}


@lru_cache(maxsize=8192)
def _char(c: str) -> str:
    if c in _KEEP:
        return c
    n = unicodedata.normalize("NFKC", c)
    if len(n) != 1:
        n = c
    s = to_simplified(n)
    if len(s) != 1:
        s = n
    return _CHAR_FALLBACK.get(s, s)


def _convert_same_length(chunk: str) -> str:
    s = to_simplified(chunk)
    if len(s) == len(chunk):
        return "".join(_CHAR_FALLBACK.get(c, c) if not c.isascii() else c for c in s)
    return "".join(_char(c) for c in chunk)


class _FoldTable(dict):  # type: ignore[type-arg]
    """``str.translate`` table computing :func:`_char` on first sight of a character."""

    def __missing__(self, code: int) -> str:
        c = chr(code)
        self[code] = out = c if c.isascii() else _char(c)
        return out


_FOLD = _FoldTable()


def shadow(text: str) -> str:
    """Simplified, NFKC-folded copy of ``text`` with ``len(shadow(text)) == len(text)``."""
    out: list[str] = []
    changing = _changing_chars()
    for line in text.splitlines(keepends=True):
        conv = line if changing is not None and changing.isdisjoint(line) else to_simplified(line)
        if len(conv) == len(line):
            conv = conv.translate(_FOLD)
        else:
            conv = "".join(_convert_same_length(m.group()) if "\u3400" <= m.group()[0] <= "\u9fff"
                           else "".join(_char(c) for c in m.group())
                           for m in _CHUNK_RE.finditer(line))
        assert len(conv) == len(line)
        out.append(conv)
    return "".join(out)


#: whitespace that may appear INSIDE a label (a cell wrapped by the page: 无法提 供, 本 年度办 理结果)
_GAP = r"[ \u00a0\u3000]*"


#: the same, and one line break: a label hard-wrapped by a PDF copy (大量反 / 复申请)
_WRAP_GAP = r"[ \u00a0\u3000]*(?:\r?\n[ \u00a0\u3000]*)?"


def loose(phrase: str, *, wrapped: bool = False) -> str:
    """Regex for ``phrase`` tolerating spaces between characters and either bracket width
    (``wrapped``: and a line break between any two of them)."""
    parts = []
    for c in phrase:
        if c in "（(":
            parts.append(r"[（(]")
        elif c in "）)":
            parts.append(r"[）)]")
        elif c in "“”\"":
            parts.append(r"[“”\"]?")
        else:
            parts.append(re.escape(c))
    return (_WRAP_GAP if wrapped else _GAP).join(parts)
