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
    """t2s of ``text``: one regex pass over OpenCC's own t2s dictionaries (longest phrase first, as
    OpenCC matches), about 20x faster than the pure-Python converter; OpenCC itself when the
    dictionaries cannot be read."""
    tables = _t2s_tables()
    if tables is None:
        return _T2S.convert(text)
    pattern, mapping = tables
    return pattern.sub(lambda m: mapping[m.group()], text)


@lru_cache(maxsize=1)
def _t2s_tables() -> tuple[re.Pattern[str], dict[str, str]] | None:
    import opencc

    folder = Path(opencc.__file__).parent / "dictionary"
    mapping: dict[str, str] = {}
    try:
        for name in ("TSPhrases.txt", "TSCharacters.txt"):  # phrases first: they win, as in OpenCC
            for line in (folder / name).read_text(encoding="utf-8").splitlines():
                key, _, values = line.partition("\t")
                if key and values and key not in mapping:
                    mapping[key] = values.split(" ")[0]
    except OSError:
        return None
    mapping = {k: v for k, v in mapping.items() if k != v}
    phrases = sorted((k for k in mapping if len(k) > 1), key=len, reverse=True)
    chars = "".join(sorted(k for k in mapping if len(k) == 1))
    # a phrase can only start at a character that starts some phrase: test that first (a class is
    # one cheap lookup), so the long alternation runs only where it can match
    starts = "".join(sorted({k[0] for k in phrases}))
    pattern = (f"(?=[{re.escape(starts)}])(?:{'|'.join(re.escape(k) for k in phrases)})|[{re.escape(chars)}]"
               if phrases else f"[{re.escape(chars)}]")
    return re.compile(pattern), mapping

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


def loose(phrase: str) -> str:
    """Regex for ``phrase`` tolerating spaces between characters and either bracket width."""
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
    return _GAP.join(parts)
