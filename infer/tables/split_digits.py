"""Split a run of digits whose cells lost their separators (``14320000145`` = 143|2|0|0|0|0|145).

A scraped table stripped to text glues a row's cells together. The column order is known and each
row carries an identity (总计 = the sum of the other cells; in the case table every block's 总计 = its
four results), so the splits are enumerated and only those satisfying the identity are kept. Parts
never have leading zeros (except "0" itself) and have a bounded length. More than one surviving split
means the row is ambiguous; this module never picks one.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator

#: longest count a cell may hold (999,999 requests in one row is beyond any real report)
MAX_PART_LEN = 6


def _parts(digits: str, n: int, max_len: int) -> Iterator[tuple[str, ...]]:
    """All ways to cut ``digits`` into ``n`` valid parts (no leading zeros, ≤ ``max_len`` digits)."""
    if n == 0:
        if not digits:
            yield ()
        return
    if len(digits) < n or len(digits) > n * max_len:
        return
    for k in range(1, min(max_len, len(digits) - n + 1) + 1):
        head = digits[:k]
        if len(head) > 1 and head[0] == "0":
            break
        for rest in _parts(digits[k:], n - 1, max_len):
            yield (head,) + rest


def split_sum_groups(digits: str, group_sizes: tuple[int, ...],
                     max_len: int = MAX_PART_LEN) -> list[tuple[str, ...]]:
    """Splits into consecutive groups of ``size`` addends followed by their total.

    ``split_sum_groups("14320000145", (6,))`` → ``[("143","2","0","0","0","0","145")]``; the case
    table row uses ``(4, 4, 4)``.
    """
    out: list[tuple[str, ...]] = []

    def rec(rest: str, gi: int, acc: tuple[str, ...]) -> None:
        if gi == len(group_sizes):
            if not rest:
                out.append(acc)
            return
        size = group_sizes[gi]
        remaining_min = sum(s + 1 for s in group_sizes[gi + 1:])
        for addends in _prefix_parts(rest, size, max_len, remaining_min + 1):
            used = sum(len(a) for a in addends)
            total = sum(int(a) for a in addends)
            t = str(total)
            if rest.startswith(t, used):
                rec(rest[used + len(t):], gi + 1, acc + addends + (t,))

    rec(digits, 0, ())
    return out


def _prefix_parts(digits: str, n: int, max_len: int, reserve: int) -> Iterator[tuple[str, ...]]:
    """Ways to take ``n`` valid parts from the front of ``digits`` leaving ≥ ``reserve`` digits."""
    if n == 0:
        yield ()
        return
    for k in range(1, max_len + 1):
        if len(digits) - k < reserve + (n - 1):
            break
        head = digits[:k]
        if len(head) > 1 and head[0] == "0":
            break
        for rest in _prefix_parts(digits[k:], n - 1, max_len, reserve):
            yield (head,) + rest


def split_pairs(digits: str, accept: Callable[[int, int], bool],
                max_len: int = 8) -> list[tuple[str, str]]:
    """Two-cell splits (本年度 | 历年累计) that ``accept`` allows, e.g. cumulative ≥ this year."""
    return [(a, b) for a, b in _parts(digits, 2, max_len) if accept(int(a), int(b))]
