"""Choose among the readings of all rows at once, with the table's arithmetic.

Each row has one or more readings (:mod:`infer.tables.runs`); the table's identities link the rows
(一+二 = 三(七)+四 per column, (七) = (一)…(六), a group = its sub-rows). A combination of readings is a
*solution* when every identity holds. The solver finds, for every row, which of its readings occur in
at least one solution; a cell is then read when it has the same value in all of them, and the rest
is ambiguous with its candidates (never one picked).

Search: depth-first over the rows with several readings, totals first (so that the partial sums of
an identity's other side can be bounded: counts are never negative). It stops as soon as every
reading is known to occur in some solution, or at a node budget (then ``None``: the caller falls
back to reading each row on its own, which is never less honest, only less resolved).
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from infer.result import Number

CellKey = tuple[str, str]
#: an identity: (rule, left terms, right terms); sum(left) == sum(right)
Identity = tuple[str, Sequence[CellKey], Sequence[CellKey]]
#: a row's readings: column -> value (None: not a number)
Options = Sequence[Mapping[str, Number | None]]
MAX_NODES = 300_000


@dataclass
class Solved:
    """Per row, the indexes of the readings that occur in some solution."""

    supported: dict[str, list[int]]
    complete: bool  # False: no combination satisfies every identity (a failed check somewhere)


class _Budget(Exception):
    pass


def solve(rows: Mapping[str, Options], identities: Sequence[Identity], order: Sequence[str] = (),
          max_nodes: int = MAX_NODES) -> Solved | None:
    """Readings of each row that take part in some solution; None over budget.

    ``order``: rows to try first (totals: their values bound the other side's partial sums).
    Identities with a None term, or whose terms are all in rows with one reading, constrain nothing
    here (they are the checks the caller reports).
    """
    amb = [r for r in rows if len(rows[r]) > 1]
    if not amb:
        return Solved({r: list(range(len(rows[r]))) for r in rows}, True)
    rank = {r: i for i, r in enumerate(order)}
    amb.sort(key=lambda r: (rank.get(r, len(rank)), len(rows[r])))
    fixed = {r: rows[r][0] for r in rows if len(rows[r]) == 1}
    amb_set = set(amb)

    def known_fixed(key: CellKey) -> bool:
        return key[0] in fixed and fixed[key[0]].get(key[1]) is not None

    active: list[Identity] = []
    for rule, lhs, rhs in identities:
        terms = list(lhs) + list(rhs)
        if any(k[0] not in rows for k in terms):
            continue
        if not any(k[0] in amb_set for k in terms):
            continue
        if any(k[0] in fixed and not known_fixed(k) for k in terms):
            continue
        active.append((rule, lhs, rhs))
    touching: dict[str, list[Identity]] = {r: [] for r in amb}
    for ident in active:
        for r in {k[0] for k in list(ident[1]) + list(ident[2]) if k[0] in amb_set}:
            touching[r].append(ident)

    chosen: dict[str, Mapping[str, Number | None]] = dict(fixed)
    supported: dict[str, set[int]] = {r: set() for r in amb}
    choice: dict[str, int] = {}
    nodes = 0

    def side(keys: Sequence[CellKey]) -> tuple[Number, bool, bool]:
        """(sum of assigned terms, all assigned, a None among them)."""
        total: Number = 0
        done = True
        for row, col in keys:
            vals = chosen.get(row)
            if vals is None:
                done = False
                continue
            v = vals.get(col)
            if v is None:
                return 0, done, True
            total += v
        return total, done, False

    def feasible(ident: Identity) -> bool:
        _, lhs, rhs = ident
        ls, ldone, lnone = side(lhs)
        rs, rdone, rnone = side(rhs)
        if lnone or rnone:
            return True
        if ldone and rdone:
            return ls == rs
        if ldone:
            return rs <= ls
        if rdone:
            return ls <= rs
        return True

    def everything_supported() -> bool:
        return all(len(supported[r]) == len(rows[r]) for r in amb)

    def rec(i: int) -> bool:
        nonlocal nodes
        nodes += 1
        if nodes > max_nodes:
            raise _Budget
        if i == len(amb):
            for r in amb:
                supported[r].add(choice[r])
            return everything_supported()
        r = amb[i]
        for k, opt in enumerate(rows[r]):
            chosen[r] = opt
            choice[r] = k
            if all(feasible(ident) for ident in touching[r]) and rec(i + 1):
                return True
        chosen.pop(r, None)
        choice.pop(r, None)
        return False

    try:
        rec(0)
    except _Budget:
        return None
    if not any(supported[r] for r in amb):
        return Solved({r: list(range(len(rows[r]))) for r in rows}, False)
    out = {r: list(range(len(rows[r]))) for r in rows if r not in amb_set}
    out.update({r: sorted(supported[r]) for r in amb})
    return Solved(out, True)
