"""Choose among the readings of all rows at once, with the table's arithmetic.

Each row has one or more readings (:mod:`infer.tables.runs`); the table's identities link the rows
(一+二 = 三(七)+四 per column, (七) = (一)…(六), a group = its sub-rows). A combination of readings is a
*solution* when every identity holds. The solver finds, for every row, which of its readings occur in
at least one solution; a cell is then read when it has the same value in all of them, and the rest
is ambiguous with its candidates (never one picked).

Search: for each reading, "is there a solution in which this row reads so?", answered depth-first
over the rows with several readings, totals first (so that the partial sums of an identity's other
side can be bounded: counts are never negative), stopping at the first solution found; every reading
in that solution is then known to be supported. Over a node budget the answer is ``None``: the caller
falls back to reading each row on its own, which is never less honest, only less resolved.
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
MAX_NODES = 40_000


@dataclass
class Solved:
    """Per row, the indexes of the readings that occur in some solution."""

    supported: dict[str, list[int]]
    complete: bool  # False: no combination satisfies every identity (a failed check somewhere)
    #: some readings were kept because their search ran out of budget (not proven impossible)
    undecided: bool = False


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

    # running sums per identity, updated as rows are assigned (a node costs O(identities touched))
    n_id = len(active)
    lsum = [0.0] * n_id
    rsum = [0.0] * n_id
    lrem = [0] * n_id
    rrem = [0] * n_id
    nones = [0] * n_id

    def reset() -> None:
        """Sums of the rows with one reading only (before a search, or after one was cut short)."""
        for arr in (lsum, rsum, lrem, rrem, nones):
            arr[:] = [0] * n_id
        for n, (_, lhs, rhs) in enumerate(active):
            for side_keys, sums, rem in ((lhs, lsum, lrem), (rhs, rsum, rrem)):
                for row, col in side_keys:
                    if row in amb_set:
                        rem[n] += 1
                    else:
                        sums[n] += fixed[row].get(col) or 0

    reset()
    # contribution of each reading of each ambiguous row: (identity, left add, right add, left terms,
    # right terms, a None among them)
    contrib: dict[str, list[list[tuple[int, float, float, int, int, int]]]] = {}
    for r in amb:
        per = []
        for opt in rows[r]:
            items = []
            for n, (_, lhs, rhs) in enumerate(active):
                lt = [opt.get(c) for row, c in lhs if row == r]
                rt = [opt.get(c) for row, c in rhs if row == r]
                if lt or rt:
                    none = int(any(v is None for v in lt + rt))
                    items.append((n, float(sum(v for v in lt if v is not None)),
                                  float(sum(v for v in rt if v is not None)), len(lt), len(rt), none))
            per.append(items)
        contrib[r] = per

    def apply(items: list[tuple[int, float, float, int, int, int]], sign: int) -> bool:
        ok = True
        for n, dl, dr, nl, nr, none in items:
            lsum[n] += sign * dl
            rsum[n] += sign * dr
            lrem[n] -= sign * nl
            rrem[n] -= sign * nr
            nones[n] += sign * none
            if sign > 0 and ok and not nones[n]:
                if lrem[n] == 0 and rrem[n] == 0:
                    ok = lsum[n] == rsum[n]
                elif lrem[n] == 0:
                    ok = rsum[n] <= lsum[n]
                elif rrem[n] == 0:
                    ok = lsum[n] <= rsum[n]
        return ok

    supported: dict[str, set[int]] = {r: set() for r in amb}
    choice: dict[str, int] = {}
    dead: set[tuple[object, ...]] = set()
    nodes = 0
    spent = 0

    def first_solution(order_: list[str], i: int) -> bool:
        """Depth-first to the first combination where every identity holds (recorded as support)."""
        nonlocal nodes
        nodes += 1
        if nodes > (max_nodes if not pinned else per_search):
            raise _Budget
        if i == len(order_):
            for r in amb:
                supported[r].add(choice[r])
            return True
        state = (i, tuple(lsum), tuple(rsum), tuple(nones))
        if state in dead:
            return False  # the rows left cannot complete these partial sums (found before)
        r = order_[i]
        options = [choice[r]] if r in pinned else range(len(rows[r]))
        for k in options:
            items = contrib[r][k]
            ok = apply(items, 1)
            choice[r] = k
            found = ok and first_solution(order_, i + 1)
            apply(items, -1)
            if found:
                return True
        if r not in pinned:
            choice.pop(r, None)
        dead.add(state)
        return False

    # one search per reading not yet seen in a solution: "is there a solution where row r reads k?".
    # A search over its own budget keeps the reading (it could not be excluded: kept, never guessed
    # away); over the whole budget every reading not yet decided is kept.
    pinned: set[str] = set()
    per_search = max(1000, max_nodes // 20)
    try:
        if not first_solution(amb, 0):
            return Solved({r: list(range(len(rows[r]))) for r in rows}, False)
    except _Budget:
        return None
    undecided = False
    for r in amb:
        for k in range(len(rows[r])):
            if k in supported[r]:
                continue
            if spent + nodes > max_nodes:
                supported[r].add(k)
                undecided = True
                continue
            choice.clear()
            dead.clear()  # a dead state is dead for one pinned row only
            pinned = {r}
            choice[r] = k
            spent += nodes
            nodes = 0
            try:
                first_solution([r] + [x for x in amb if x != r], 0)
            except _Budget:
                supported[r].add(k)
                undecided = True
                reset()
            pinned = set()
    out = {r: list(range(len(rows[r]))) for r in rows if r not in amb_set}
    out.update({r: sorted(supported[r]) for r in amb})
    return Solved(out, True, undecided)
