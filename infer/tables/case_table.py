"""Reader of table 四, 政府信息公开行政复议、行政诉讼情况: 15 numbers in three blocks of five
(行政复议 | 行政诉讼 未经复议直接起诉 | 行政诉讼 复议后起诉), each block 维持, 纠正, 其他, 尚未审结, 总计.

Layouts read:
- the form's own: one row of 15 numbers under a three-level header (also one number per line, or
  the row wrapped over several lines with no labels: the numbers are positional);
- sub-rows, one per block, each led by its label (行政复议 1 0 1 1 3 / 未经复议直接起诉 … / 复议后起诉 …),
  in any order; a ``行政诉讼`` label leads the two lawsuit blocks (10 numbers); an unlabelled group
  takes the blocks no label claimed, in form order;
- transposed: one row per result (结果维持 1 0 2 …), one column per block, blocks in header order;
- run-together digits, split where every block's 总计 = its four results (:mod:`split_digits`).
Anything else is reported as unread with the number of cells found, never placed by guessing.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from infer.tables.cells import BAD_CELL_MAX, SLASH_CELLS, Token, tokenize
from infer.tables.columns import cells_from_spans, line_fields
from infer.tables.model import AmbiguousRow, Cell, TableResult
from infer.tables.normalize import loose
from infer.tables.runs import Reading, block_identities, readings
from infer.tables.templates import CASE_BLOCK_LABELS, CASE_BLOCKS, CASE_RESULT_LABELS, CASE_RESULTS

N_RESULTS = len(CASE_RESULTS)
N_CASE = len(CASE_BLOCKS) * N_RESULTS
_SECTION_END = re.compile(r"[五六七八]\s*[、.．]")
_BLOCK_ZH = dict(CASE_BLOCKS)
_RESULT_ZH = dict(CASE_RESULTS)
_BLOCK_ORDER = [b for b, _ in CASE_BLOCKS]


@dataclass
class Run:
    """Consecutive cells and the label text just before them."""

    label: str
    cells: list[Token] = field(default_factory=list)


def _block_label(label: str) -> tuple[str, ...] | None:
    for pattern, blocks in CASE_BLOCK_LABELS:
        if re.search(pattern, label):
            return blocks
    return None


def _result_label(label: str) -> str | None:
    return next((key for pattern, key in CASE_RESULT_LABELS if re.fullmatch(pattern, label)), None)


def _is_label(text: str) -> bool:
    return _block_label(text) is not None or _result_label(text) is not None


def _runs(toks: list[Token]) -> list[Run]:
    """Group the table's tokens into labelled runs of cells; stop at prose after the cells."""
    runs: list[Run] = []
    label = ""
    for i, t in enumerate(toks):
        is_cell = t.kind in ("num", "unknown") or (
            t.kind == "text" and t.bounded and len(t.raw.strip()) <= BAD_CELL_MAX and not _is_label(t.raw)
            and runs and runs[-1].cells and any(u.kind == "num" for u in toks[i + 1:i + 3]))
        if is_cell:
            if not runs or label:
                runs.append(Run(label))
                label = ""
            runs[-1].cells.append(t)
            continue
        if runs and not _is_label(t.raw.strip()):
            break  # prose after the table
        label = t.raw.strip()
    return runs


def read(text: str, shadow: str, lo: int, res: TableResult) -> None:
    """Read table 四 starting at its heading ``lo`` into ``res.cells``; warn about what is unread."""
    _read(shadow, lo, res)
    _slash_zeros(shadow, res)


def _slash_zeros(shadow: str, res: TableResult) -> None:
    """A table that writes ``/`` where it has no case: when a block's 总计 proves its ``/`` cells 0 (the
    written results already add up to it: 1 / / 1 2) and no block contradicts that (a ``/`` that would
    have to hold a case, a ``/`` 总计 over written cases), the table's ``/`` means 0 in every cell of
    table 四, including a block printed all ``/``. Without such a proof a ``/`` stays unknown."""
    blocks = [[res.cells.get((b, r)) for r, _ in CASE_RESULTS] for b in _BLOCK_ORDER]
    slash = [c for blk in blocks for c in blk if c is not None and c.value is None and not c.blank
             and shadow[c.start:c.end].strip() in SLASH_CELLS]
    if not slash:
        return
    marked = {id(c) for c in slash}
    proofs = 0
    for blk in blocks:
        if any(c is None for c in blk):
            return
        marks = [c for c in blk if id(c) in marked]
        if not marks:
            continue
        total, parts = blk[-1], blk[:-1]
        if any(c.value is None and id(c) not in marked for c in blk):  # type: ignore[union-attr]
            return  # another unknown mark (x, 不详) in the block: nothing can be proven
        if id(total) in marked:
            if any(c.value for c in parts):  # type: ignore[union-attr]
                return  # a '/' 总计 over written cases: '/' is not 0 here
            continue
        written = sum(c.value for c in parts if c.value is not None)  # type: ignore[union-attr,misc]
        if written != total.value:  # type: ignore[union-attr]
            return  # a '/' would have to hold a case
        proofs += 1
    if not proofs:
        return
    where = {c.start for c in slash}
    res.warnings = [w for w in res.warnings if not (w.startswith("cell ") and "non-numeric cell" in w
                                                    and any(f" at {s};" in w for s in where))]
    for c in slash:
        c.value = 0
    res.warnings.append(f"resolved: table 四 writes '/' for no case (a block's 总计 proves its '/' cells 0); "
                        f"its {len(slash)} '/' cell(s) read as 0")


def _read(shadow: str, lo: int, res: TableResult) -> None:
    end_m = _SECTION_END.search(shadow, lo + 4)
    hi = end_m.start() if end_m else min(len(shadow), lo + 3000)
    if not re.search(loose("总计") + "|" + loose("合计"), shadow[lo:hi]):
        res.warnings.append("table 四 (行政复议、行政诉讼): header not found; not read")
        return
    # the header (or, transposed, the first row label) begins at the form's 结果维持; prose between the
    # heading and the table (本年度发生行政复议3件) must not be read as cells
    m = re.search(loose("结果维持"), shadow[lo:hi]) or re.search(loose("维持"), shadow[lo:hi])
    toks = tokenize(shadow, lo + m.start() if m else lo, hi)
    first = next((i for i, t in enumerate(toks) if t.kind in ("num", "unknown")), None)
    if first is None:
        res.warnings.append("table 四 (行政复议、行政诉讼): no cells found; not read")
        return
    header = shadow[lo:toks[first].start]
    runs = _runs(toks[max(0, first - 1):])
    cells = [c for r in runs for c in r.cells]
    if len(runs) == 1 and len(cells) < N_CASE and cells[0].kind != "text":
        cells = _positional(shadow, cells) or cells
    if len(runs) == 1 and len(cells) == N_CASE:
        _place(res, [(b, cells[i * N_RESULTS:(i + 1) * N_RESULTS]) for i, b in enumerate(_BLOCK_ORDER)])
        return
    if len(runs) == 1 and cells[0].kind != "text":
        found = _readings(cells, _BLOCK_ORDER)
        if found:
            _settle(res, cells, _BLOCK_ORDER, *found)
            return
    if len(runs) > 1 and all(_result_label(r.label) for r in runs):
        if _transposed(res, runs, header):
            return
    elif len(runs) > 1 and _by_block_labels(res, runs):
        return
    groups = f" in {len(runs)} groups ({', '.join(str(len(r.cells)) for r in runs)})" if len(runs) > 1 else ""
    res.warnings.append(f"table 四 (行政复议、行政诉讼): {len(cells)} cells where {N_CASE} were expected{groups}; "
                        f"not read (columns would be shifted)")


def _positional(shadow: str, cells: list[Token]) -> list[Token] | None:
    """The 15 fields of a TAB / pipe data row with blank cells (an empty ``<td>``), blanks as
    ``Token("blank")``; None unless the line has exactly 15 fields after any leading label fields."""
    fields = line_fields(shadow, cells[0].start)
    if fields is None or fields.index_of(cells[-1].start) is None:
        return None
    spans = list(fields.spans)
    while len(spans) > N_CASE and all(t.kind == "text" for t in tokenize(shadow, *spans[0])) \
            and shadow[slice(*spans[0])].strip():
        spans.pop(0)
    if len(spans) > N_CASE and spans[0][0] <= cells[0].start < spans[0][1] \
            and not any(shadow[a:b].strip() for a, b in spans[N_CASE:]):
        spans = spans[:N_CASE]  # filler fields after the row (| … | ||): the first field is the first cell
    if len(spans) != N_CASE:
        return None
    return cells_from_spans(shadow, spans)


def _place(res: TableResult, blocks: list[tuple[str, list[Token]]]) -> None:
    for b, toks in blocks:
        block = []
        for (r, rz), t in zip(CASE_RESULTS, toks):
            value = t.value if t.kind == "num" else None
            if value is None and t.kind != "blank":
                res.warnings.append(f"cell {_BLOCK_ZH[b]} {rz}: non-numeric cell {t.raw!r} at {t.start}; "
                                    f"left empty")
            cell = Cell(b, r, value, t.start, t.end, _BLOCK_ZH[b], rz, blank=t.kind == "blank")
            res.cells[(b, r)] = cell
            block.append(cell)
        _blanks(res, block)


def _blanks(res: TableResult, block: list[Cell]) -> None:
    """Blank results are 0 when the known ones already add up to the block's 总计 (counts are never
    negative); otherwise they stay unknown, with a warning (see :mod:`infer.tables.blanks`)."""
    blanks = [c for c in block if c.blank]
    if not blanks:
        return
    total, parts = block[-1], block[:-1]
    known = [c.value for c in parts if c.value is not None]
    if total.value is not None and len(known) + len(blanks) == len(parts) and sum(known) == total.value:
        for c in blanks:
            c.value = 0
        res.warnings.append(f"resolved: {len(blanks)} blank cell(s) of {total.row_label} proven 0 (the other "
                            f"results already add up to 总计)")
    else:
        res.warnings.append(f"cell(s) {total.row_label}: blank cell(s) "
                            f"{', '.join(c.column_label for c in blanks)} not proven zero; left unknown")


def _by_block_labels(res: TableResult, runs: list[Run]) -> bool:
    """Sub-rows led by block labels; False (nothing placed) when the groups do not fit."""
    claimed = [_block_label(r.label) for r in runs]
    taken = {b for c in claimed if c for b in c}
    if len(taken) != sum(len(c) for c in claimed if c):
        return False  # a block labelled twice
    free = [b for b in _BLOCK_ORDER if b not in taken]
    plan: list[tuple[tuple[str, ...], Run]] = []
    for blocks, run in zip(claimed, runs):
        if blocks is None:
            n = len(run.cells) // N_RESULTS if len(run.cells) % N_RESULTS == 0 else 1
            blocks, free = tuple(free[:n]), free[n:]
        plan.append((blocks, run))
    if free or sorted(b for bs, _ in plan for b in bs) != sorted(_BLOCK_ORDER):
        return False
    found = {id(r): _readings(r.cells, list(bs)) for bs, r in plan if len(r.cells) != N_RESULTS * len(bs)}
    if not all(found.values()):
        return False
    for blocks, run in plan:
        if len(run.cells) == N_RESULTS * len(blocks):
            _place(res, [(b, run.cells[i * N_RESULTS:(i + 1) * N_RESULTS]) for i, b in enumerate(blocks)])
        else:
            _settle(res, run.cells, list(blocks), *found[id(run)])  # type: ignore[misc]
    if [bs for bs, _ in plan] != sorted((bs for bs, _ in plan), key=lambda bs: _BLOCK_ORDER.index(bs[0])):
        res.warnings.append("note: table 四 lists its blocks in an order other than the form's; read by their labels")
    return True


def _transposed(res: TableResult, runs: list[Run], header: str) -> bool:
    """One row per result, one column per block (blocks in the order the header names them)."""
    keys = [_result_label(r.label) for r in runs]
    if len(set(keys)) != len(keys) or any(len(r.cells) != len(CASE_BLOCKS) for r in runs):
        return False
    found = []
    for pattern, blocks in CASE_BLOCK_LABELS[:3]:
        m = re.search(pattern.replace("^", "").replace("$", ""), header)
        found.append((m.start() if m else -1, blocks[0]))
    if any(p < 0 for p, _ in found):
        order = _BLOCK_ORDER
    else:
        order = [b for _, b in sorted(found)]
    for key, run in zip(keys, runs):
        for b, t in zip(order, run.cells):
            value = t.value if t.kind == "num" else None
            res.cells[(b, key)] = Cell(b, key, value, t.start, t.end, _BLOCK_ZH[b], _RESULT_ZH[key or ""])  # type: ignore[arg-type]
    missing = [rz for r, rz in CASE_RESULTS if r not in keys]
    res.warnings.append("note: table 四 is transposed (one row per result); read by its row labels" +
                        (f"; rows missing: {', '.join(missing)}" if missing else ""))
    if missing:
        res.warnings.append(f"table 四: result rows {', '.join(missing)} not found")
    return True


def _readings(tokens: list[Token], blocks: list[str]) -> tuple[list[Reading], bool] | None:
    """Readings of ``blocks``' cells from ``tokens`` (:mod:`infer.tables.runs`): with every cell written
    first, else with dropped empty cells (then True). None when no reading fits every block's 总计."""
    n = N_RESULTS * len(blocks)
    ids = block_identities(len(blocks), N_RESULTS)
    for blanks in (False, True):
        found = readings(tokens, n, ids, blanks=blanks)
        if found:
            return found, blanks
    return None


def _settle(res: TableResult, tokens: list[Token], blocks: list[str], found: list[Reading],
            dropped: bool) -> None:
    """Cells the same in every reading are read; the others are ambiguous with their candidates."""
    cols = [(b, r, rz) for b in blocks for r, rz in CASE_RESULTS]
    raw = " ".join(t.raw for t in tokens)
    amb_cols = []
    for j, (b, r, rz) in enumerate(cols):
        values = {rd[j].value for rd in found}
        if len(values) == 1:
            written = [rd[j] for rd in found if not rd[j].blank]
            p = written[0] if written else found[0][j]
            res.cells[(b, r)] = Cell(b, r, p.value, p.start, p.end, _BLOCK_ZH[b], rz, blank=p.blank)
        else:
            amb_cols.append(f"{b}.{r}")
    if dropped:
        res.warnings.append(f"resolved: table 四: cells {raw!r} read with the empty cells the table drops as 0 "
                            f"(each block's 总计 = its four results)")
    if len(found) > 1:
        res.ambiguous.append(AmbiguousRow("case", "行政复议、行政诉讼", raw, tokens[0].start, tokens[-1].end,
                                          [tuple(p.value for p in rd) for rd in found], amb_cols,
                                          [f"{b}.{r}" for b, r, _ in cols]))
        res.warnings.append(f"table 四: run-together digits {raw!r} split {len(found)} consistent "
                            f"ways; ambiguous cells {', '.join(amb_cols)} are not reported")
