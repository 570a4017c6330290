"""Reader of pre-2019 附表: indicator | value (| 历年累计), in any layout.

Seen in the wild: indicator and number on alternate lines (traditional script), a flattened table with
spaces (``当面申请数 条 0 0``), and a flattened table with no separators at all
(``当面申请数条18182.传真申请数条00``: 18 | 18, then the numbering ``2.`` of the next indicator glued
to the digits). Indicators are recognised by name (:data:`templates.INDICATORS` for the top level,
:mod:`infer.lexicon` for the numbered sub-indicators of the 申请 and 答复 blocks), so the rows need no
fixed order.

Run-together 本年度|历年累计 pairs are split where exactly one split has 历年累计 ≥ 本年度 (and no
leading zeros); otherwise the block identity (申请总数 = the sum of the channels, 答复总数 = the sum
of the reply types, in both columns) may resolve them; what stays ambiguous is reported, never guessed.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from infer.lexicon import CHANNEL_SYNONYMS, OUTCOME_SYNONYMS
from infer.result import Check, Number, TableFact
from infer.tables.cells import Token, tokenize
from infer.tables.model import AmbiguousRow, Cell, TableResult
from infer.tables.split_digits import split_pairs
from infer.tables.templates import INDICATORS

_START_RE = re.compile(r"附\s*表|统计表|指\s*标\s*名\s*称")
_UNIT_ONLY = re.compile(r"^[:：]?(条|件|元|万元|项|个|次|人次|份)$")
_NUMBERING_NEXT = re.compile(r"^[.、．]")
#: what ends an indicator name but is not part of it: 申请总数（件）： / 申请总数： / 当面申请数条 (the 件 of
#: 案件 is the name's)
_UNIT_SUFFIX = re.compile(r"(?:[（(]\s*(?:条|件|元|万元|项|个|次|人次|份)\s*[)）])?\s*[:：]?\s*(?:(?<!案)(?:条|件|元|项))?$")
_BLOCK_FIELDS = {"apply": CHANNEL_SYNONYMS, "reply": OUTCOME_SYNONYMS}
_MAX_COMBOS = 50000


@dataclass
class Indicator:
    label: str
    start: int
    end: int
    numbered: bool
    cells: list[Token] = field(default_factory=list)
    key: str | None = None
    block: str | None = None
    values: list[tuple[int, int, Number | None]] | None = None  # (start, end, value) per column
    candidates: list[list[tuple[int, int, Number]]] = field(default_factory=list)
    digits: Token | None = None
    unit: str = ""  # the unit its name carries when the value is not next to it (a transposed table)


#: a mention of the table in a sentence (详见附表一 / 参见附表), not the table itself
_MENTION = re.compile(r"[见看]\s*$")


def region_start(shadow: str) -> int | None:
    for m in _START_RE.finditer(shadow):
        if _MENTION.search(shadow, max(0, m.start() - 3), m.start()):
            continue
        window = shadow[m.start():m.start() + 400]
        if sum(1 for spec in INDICATORS if spec.key and re.search(spec.pattern, window)) >= 1:
            return m.start()
    return None


#: what follows the digits of a date (2020年, 3月, 31日): never a cell
_DATE_UNITS = frozenset("年月日号")
#: a label's own numbering: 一、 （一） (1) 1. ①
_NUMBERING_PREFIX = re.compile(r"^(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[(（]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]"
                               r"|\d{1,2}\s*[.、．]|[①-⑳])\s*")
#: a sub-item's numbering (1. / (1) / ①), after an optional 其中
_SUB_NUMBERING = re.compile(r"^(其中)?[:：]?\s*(?:[(（]\s*\d{1,2}\s*[)）]|[①-⑳]|\d{0,2}\s*[.、．]?)\s*")


def _bracket_numbering(toks: list[Token]) -> list[Token]:
    """``(1)当面申请`` is tokenized as ``(`` 1 ``)当面申请``: the bracketed number is the label's numbering,
    not a cell, so the three tokens are one label again."""
    out: list[Token] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if (t.kind == "text" and t.raw.endswith(("(", "（")) and i + 2 < len(toks)
                and toks[i + 1].kind == "num" and toks[i + 1].raw.isdigit() and len(toks[i + 1].raw) <= 2
                and toks[i + 2].kind == "text" and toks[i + 2].raw.startswith((")", "）"))
                and t.end == toks[i + 1].start and toks[i + 1].end == toks[i + 2].start):
            bracket = t.raw.rstrip()[-1]
            head = t.raw[:-1]
            if head.strip():
                out.append(Token("text", t.start, t.end - 1, head, bounded=False))
            nxt = toks[i + 2]
            out.append(Token("text", t.end - 1, nxt.end, bracket + toks[i + 1].raw + nxt.raw, bounded=nxt.bounded))
            i += 3
            continue
        out.append(t)
        i += 1
    return out


def _scan(shadow: str, lo: int) -> list[Indicator]:
    """Labels and their number tokens; numbering glued to the previous row's digits is cut off."""
    toks = _bracket_numbering(tokenize(shadow, lo, len(shadow)))
    items: list[Indicator] = []
    cur: Indicator | None = None
    sub_counter = 0
    pending_numbering = False
    for i, t in enumerate(toks):
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        glued_to_label = (nxt is not None and nxt.kind == "text" and nxt.start == t.end
                          and _NUMBERING_NEXT.match(nxt.raw) is not None)
        if t.kind == "unknown":
            if cur is not None:
                cur.cells.append(t)
            continue
        if t.kind == "num" and not t.unit and shadow[t.end:t.end + 1] in _DATE_UNITS:
            cur = None  # 2020年 / 3月: a date in prose, never a cell; the label before it has no cells here
            continue
        if t.kind == "num":
            if glued_to_label and t.raw.isdigit():
                expected = str(sub_counter + 1)
                if t.raw != expected and t.raw.endswith(expected) and cur is not None and not cur.cells:
                    value = t.raw[: -len(expected)]
                    cur.cells.append(Token("num", t.start, t.start + len(value), value, int(value)))
                pending_numbering = True
                continue
            if cur is not None:
                cur.cells.append(t)
            continue
        text = t.raw.strip()
        if _UNIT_ONLY.match(text) or not text:
            continue
        if "其中" in text:
            sub_counter = 0
        numbered = pending_numbering or bool(re.match(r"^(?:\d{1,2}\s*[.、．]|[(（]\s*\d{1,2}\s*[)）]|[①-⑳])", text)) \
            or bool(re.search(r"其中[:：]?\s*\d?\s*[.、．]?", text))
        if pending_numbering or re.search(r"\d{1,2}\s*[.、．]", text):
            sub_counter += 1
        pending_numbering = False
        lead = len(t.raw) - len(t.raw.lstrip())
        label = re.sub(r"^[.、．]", "", text)
        lead += len(text) - len(label)
        label = _UNIT_SUFFIX.sub("", label)
        cur = Indicator(label, t.start + lead, t.start + lead + len(label), numbered)
        items.append(cur)
    return items


#: synonyms too general to name a field next to a specific one: in 不属于本机关公开数 the 公开 is not a
#: disclosure, in 其他形式申请 … the 其他 is part of the channel's name
_GENERIC = frozenset({"公开", "其他", "其它"})


def _unique_field(label: str, table: dict[str, tuple[str, ...]], *,
                  specific: bool = False) -> tuple[str | None, list[str]]:
    """The one field whose synonym occurs in ``label`` (phrases inside a longer match don't count; a
    generic word counts only when no specific phrase of another field is there). ``specific``: a
    field named by a generic word alone is not accepted (an unnumbered label needs a real name)."""
    hits = [(p, k) for k, ps in table.items() for p in ps if p in label]
    hits = [(p, k) for p, k in hits if not any(p != q and p in q for q, _ in hits)]
    keep = {k for _, k in hits}
    named = {k for p, k in hits if p not in _GENERIC}
    if len(keep) > 1 and len(named) == 1:
        keep = named
    if specific and not named:
        return None, []
    if len(keep) == 1:
        return keep.pop(), []
    return None, sorted(keep)


#: a "label" that is a sentence of prose (a report flattened onto one line, a clause before a count),
#: never an indicator
_PROSE_LABEL = re.compile(r"[。，,；;]|^.{41,}$")


def _classify(items: list[Indicator], res: TableResult) -> None:
    """Map each label to a field. Inside a 申请 / 答复 block, sub-indicators are numbered (1.当面申请数,
    (1)当面申请, ①), or follow the block's total unnumbered (其中：当面申请 / 网上申请 / 电子邮件申请; a
    sideways table has no 其中): an unnumbered label that names exactly one field of the block by a
    specific phrase is its next item, and a label that names several (信函、传真申请数) is a combined item
    of the block (reported, never guessed). The first label that names none ends the block. Whole-label
    names (行政复议, 申诉) are matched after the label's own numbering (三、行政复议)."""
    block: str | None = None
    listing = False  # inside a block whose items may come unnumbered (from its total on)
    unknown: list[str] = []
    for it in items:
        if _PROSE_LABEL.search(it.label):
            block, listing = None, False
            continue
        bare = _NUMBERING_PREFIX.sub("", it.label)  # 三、行政复议: the whole-label names match without it
        skip = len(it.label) - len(bare)
        top = next((s for s in INDICATORS if re.search(s.pattern, bare)), None)
        if top is not None:
            m = re.search(top.pattern, bare)
            it.start += skip + m.start()  # drop header words glued in front (…历年累计|主动公开信息数)
            it.label = bare[m.start():]
            it.key = top.key
            if top.key is not None:
                block, listing = top.block, True  # its items may follow it unnumbered
            it.block = None
            continue
        if it.numbered and block in _BLOCK_FIELDS:
            listing = True
            sub = _SUB_NUMBERING.match(it.label)
            it.start += sub.end()
            it.label = it.label[sub.end():]
            key, combined = _unique_field(it.label, _BLOCK_FIELDS[block])
            if key:
                it.key, it.block = key, block
            elif combined and it.cells:
                res.warnings.append(f"indicator {it.label!r} combines {', '.join(combined)}: reported as combined, "
                                    f"not guessed into one of them")
            elif it.cells:
                unknown.append(it.label)
            continue
        if block in _BLOCK_FIELDS and re.search(r"(数|其[他它])$", it.label):
            # an unnumbered sub-indicator (其中：当面申请数 15 / 网上申请数 6): still inside the block
            key, _ = _unique_field(it.label, _BLOCK_FIELDS[block])
            if key:
                it.key, it.block, it.numbered = key, block, True
                continue
        if block in _BLOCK_FIELDS and listing:
            # 其中：同意公开 / 同意部分公开 / 信息不存在 …: the list goes on without numbering
            key, combined = _unique_field(it.label, _BLOCK_FIELDS[block], specific=True)
            if key:
                it.key, it.block, it.numbered = key, block, True
                continue
            if len(combined) > 1 and it.cells:
                it.numbered = True  # a combined item of the block: the block's sum is then not checked
                res.warnings.append(f"indicator {it.label!r} combines {', '.join(combined)}: reported as "
                                    f"combined, not guessed into one of them")
                continue
        if not it.numbered:
            block, listing = None, False
        if it.cells and block != "proactive":
            unknown.append(it.label)
    unknown = [u for u in unknown if not re.search(r"附\s*表|统计表|指\s*标|计量单位|^数\s*量", u)]
    if unknown:
        res.warnings.append(f"附表 indicators not mapped to a field: {', '.join(unknown[:12])}")


#: the cells of a transposed table's row: TAB, pipe, or two or more spaces
_FIELD_SEP = re.compile(r"\t|\||[ \u3000\u00a0]{2,}")
#: the first cell of a transposed table's value row (数量 86 0 0 …)
_VALUE_ROW_LABEL = re.compile(r"^(数量|本年度?|统计数|合计|总计|\d{4}\s*年度?|本期)$")
#: the corner cell above the value row's label
_CORNER = re.compile(r"^(指标(名称)?|统计指标|项目|类别|内容|名称)$")
_TRANSPOSED_LINES = 12  # the header row lies within this many lines of the table's title


def _fields(shadow: str, start: int, end: int) -> list[tuple[int, int]]:
    """Non-empty fields of one line, as spans (outer pipes and padding dropped)."""
    out, a = [], start
    for m in _FIELD_SEP.finditer(shadow, start, end):
        out.append((a, m.start()))
        a = m.end()
    out.append((a, end))
    spans = []
    for x, y in out:
        piece = shadow[x:y]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            spans.append((x + lead, x + len(piece.rstrip())))
    return spans


def _transposed(shadow: str, lo: int) -> list[Indicator] | None:
    """A 附表 printed sideways: one row of indicator names (主动公开信息数（条） 依申请公开申请数（件） …),
    the next row their values (数量 86 0 …). Read only when at least two names are indicators and the
    value row has exactly one number per name; the names then get their values by position."""
    lines = []
    pos = lo
    while len(lines) < _TRANSPOSED_LINES and pos < len(shadow):
        end = shadow.find("\n", pos)
        end = len(shadow) if end < 0 else end
        if shadow[pos:end].strip():
            lines.append((pos, end))
        pos = end + 1
    for (a, b), (c, d) in zip(lines, lines[1:]):
        names = _fields(shadow, a, b)
        values = _fields(shadow, c, d)
        if len(names) < 3:
            continue
        if _CORNER.match(shadow[slice(*names[0])]):
            names = names[1:]  # 指标 | 主动公开信息数 …: the corner cell
        if values and _VALUE_ROW_LABEL.match(shadow[slice(*values[0])]):
            values = values[1:]  # 数量 | 86 …: the value row's own label
        if len(values) != len(names):
            continue
        toks = [tokenize(shadow, x, y) for x, y in values]
        if not all(len(t) == 1 and t[0].kind in ("num", "unknown") for t in toks):
            continue
        items = []
        for (x, y), t in zip(names, toks):
            label = _UNIT_SUFFIX.sub("", shadow[x:y].strip())
            unit = shadow[x + len(label):y]
            items.append(Indicator(label, x, x + len(label), False, cells=[t[0]], unit=unit or "-"))
        if sum(1 for it in items if any(re.search(s.pattern, it.label) for s in INDICATORS if s.key)) >= 2:
            return items
    return None


def read(text: str, shadow: str) -> TableResult | None:
    lo = region_start(shadow)
    if lo is None:
        return None
    items = _transposed(shadow, lo) or _scan(shadow, lo)
    res = TableResult(template="pre2019")
    _classify(items, res)
    mapped = [it for it in items if it.key]
    if not any(it.cells for it in mapped):
        return None  # indicator names without a single value: prose naming them, not a table
    header = shadow[lo:mapped[0].end]
    n_cols = 2 if "累计" in header else 1
    cumulative_first = n_cols == 2 and _cumulative_first(header)
    if cumulative_first:
        res.warnings.append("note: the 附表 prints 累计 before 本年度; read in that order")
    for it in mapped:
        _fill(it, n_cols, res, cumulative_first)
    _resolve_blocks(items, n_cols, res)
    _emit(text, mapped, n_cols, res)
    _block_checks(items, res)
    ends = [c.end for it in mapped for c in it.cells]
    first = min(it.start for it in mapped)
    # the title belongs to the region unless prose stands between it and the first indicator; then the
    # region starts after the last sentence end before that indicator
    end_of_prose = shadow.rfind("。", lo, first)
    start = lo if end_of_prose < 0 else end_of_prose + 1
    res.regions.append((start, max(ends + [it.end for it in mapped])))
    complete = not res.ambiguous and not any(w.startswith("row") for w in res.warnings)
    res.status = "parsed" if complete else "partial"
    return res


def _block_checks(items: list[Indicator], res: TableResult) -> None:
    """Pre-2019 勾稽 where a block is complete: 申请总数 = the sum of its channels, 答复总数 = the sum of
    its reply types (本年度 column). A block with a sub-item that is combined or not mapped is not
    checked (its items need not add up), and neither is one whose items are not all read."""
    blocks: list[tuple[Indicator, list[Indicator], bool]] = []
    for it in items:
        top = next((s for s in INDICATORS if s.key == it.key and s.block in _BLOCK_FIELDS), None) if it.key else None
        if top is not None and not it.numbered:
            blocks.append((it, [], True))
        elif blocks and it.numbered:
            opener, subs, ok = blocks[-1]
            if it.block and it.key:
                subs.append(it)
            elif it.cells:
                blocks[-1] = (opener, subs, False)
        elif not it.numbered and it.cells:
            blocks.append((it, [], False))  # closes the previous block
    for opener, subs, ok in blocks:
        total = res.cells.get((opener.key or "", "year"))
        parts = [res.cells.get((s.key or "", "year")) for s in subs]
        if not ok or not subs or total is None or total.value is None \
                or any(p is None or p.value is None for p in parts):
            continue
        actual = sum(p.value for p in parts)  # type: ignore[union-attr,misc]
        rule = f"附表: {total.row_label} = {'+'.join(p.row_label for p in parts)}"  # type: ignore[union-attr]
        res.checks.append(Check(rule=rule, expected=total.value, actual=actual, passed=total.value == actual,
                                terms={p.row_label: p.value for p in parts}))  # type: ignore[union-attr]
        if total.value != actual:
            res.warnings.append(f"check failed: {rule}: expected {total.value}, table has {actual}")


#: the this-year column's header words (本年度, 2011年, 本期, 当年, 数量)
_YEAR_COLUMN = re.compile(r"本年|当年|本期|数量|\d{4}\s*年")


def _cumulative_first(header: str) -> bool:
    """The column header names 累计 before the this-year column (指标 单位 累计 本年度): the two value
    columns are then in that order. Only the column header counts (from its last 指标/项目/名称, or the
    table's title), not a year in the title; without a this-year word after 累计, this year is first."""
    anchor = max(header.rfind(w) for w in ("指标", "项目", "名称", "统计表", "附表"))
    seg = header[max(anchor, 0):]
    cum = seg.find("累计")
    years = [m.start() for m in _YEAR_COLUMN.finditer(seg)]
    return cum >= 0 and bool(years) and min(years) > cum


def _fill(it: Indicator, n_cols: int, res: TableResult, cumulative_first: bool = False) -> None:
    cells = it.cells
    if len(cells) == n_cols:
        it.values = [(c.start, c.end, c.value) for c in cells][::-1 if cumulative_first else 1]
        return
    if n_cols == 2 and len(cells) == 1 and cells[0].raw.isdigit():
        tok = cells[0]
        it.digits = tok
        if cumulative_first:
            splits = [(b, a) for a, b in split_pairs(tok.raw, lambda cum, year: cum >= year)]
            it.candidates = [[(tok.start + len(b), tok.end, int(a)), (tok.start, tok.start + len(b), int(b))]
                             for a, b in splits]
        else:
            splits = split_pairs(tok.raw, lambda year, cum: cum >= year)
            it.candidates = [[(tok.start, tok.start + len(a), int(a)),
                              (tok.start + len(a), tok.end, int(b))] for a, b in splits]
        if len(splits) == 1:
            it.values = it.candidates[0]
        elif not splits:
            res.warnings.append(f"row {it.label}: digits {tok.raw!r} have no split with 历年累计 ≥ 本年度; "
                                f"not read")
        return
    if n_cols == 1 and len(cells) > 1 and all(c.kind == "num" for c in cells):
        res.warnings.append(f"row {it.label}: {len(cells)} values where 1 was expected; not read")
        return
    res.warnings.append(f"row {it.label}: {len(cells)} values where {n_cols} were expected; not read")


def _resolve_blocks(items: list[Indicator], n_cols: int, res: TableResult) -> None:
    """Block identity: an opener (申请总数 / 答复总数) = the sum of its numbered sub-indicators."""
    blocks: list[list[Indicator]] = []
    for it in items:
        top = next((s for s in INDICATORS if s.key == it.key and s.block), None) if it.key else None
        if top is not None and not it.numbered:
            blocks.append([it])
        elif blocks and it.numbered and it.block:
            blocks[-1].append(it)
        elif not it.numbered:
            blocks.append([])
    for block in blocks:
        if len(block) < 2:
            continue
        amb = [it for it in block if len(it.candidates) > 1]
        if not amb:
            continue
        if any(it.values is None and len(it.candidates) <= 1 for it in block):
            continue
        options = list(itertools.product(*(it.candidates for it in amb)))
        if len(options) > _MAX_COMBOS:
            continue
        good = []
        for combo in options:
            chosen = {id(it): c for it, c in zip(amb, combo)}
            vals = [chosen.get(id(it), it.values) for it in block]
            if all(vals[0][col][2] == sum(v[col][2] for v in vals[1:]) for col in range(n_cols)):
                good.append(combo)
        if len(good) == 1:
            for it, c in zip(amb, good[0]):
                it.values = c
                res.warnings.append(f"resolved: row {it.label}: digits {it.digits.raw!r} split by the "
                                    f"block identity (total = sum of its items)")
    for it in items:
        if it.key and it.values is None and len(it.candidates) > 1:
            res.ambiguous.append(AmbiguousRow(it.key, it.label, it.digits.raw, it.digits.start,
                                              it.digits.end, [tuple(x[2] for x in c) for c in it.candidates],
                                              ["year", "cumulative"]))
            res.warnings.append(f"row {it.label}: digits {it.digits.raw!r} split {len(it.candidates)} ways "
                                f"(本年度|历年累计); not reported")


def _emit(text: str, mapped: list[Indicator], n_cols: int, res: TableResult) -> None:
    seen: set[str] = set()
    cols = [("year", "本年度"), ("cumulative", "历年累计")][:n_cols]
    for it in mapped:
        if not it.values or it.key is None:
            continue
        label = re.sub(r"\s+", "", text[it.start:it.end]) or it.label
        for (col, zh), (s, e, v) in zip(cols, it.values):
            res.cells[(it.key, col)] = Cell(it.key, col, v, s, e, label, zh)
        s, e, v = it.values[0]
        if v is None:
            continue
        if it.key == "fees.amount_yuan" and "万元" in (it.unit or text[it.start:s]):
            v = round(v * 10000, 2)  # fields.tsv: fees in 元
        if it.key in seen:
            res.warnings.append(f"indicator {it.key} appears twice in the 附表; the first is kept")
            continue
        seen.add(it.key)
        res.facts.append(TableFact(it.key, v, label, cols[0][1] if n_cols == 2 else "数量", s, e))
