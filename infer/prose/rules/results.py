"""A case result with no count of its own takes the case total when that is 1, or when 均/都/全部 says
every case had that result (``均获维持`` → upheld for each case type stated before it). A result word the
tagger left unmarked right after such a total, in its sentence, counts the same way (read from
:data:`infer.lexicon.RESULT_SYNONYMS`; a denied one, 未被纠正, does not).

Example::

    [行政复议|CASE][2|COUNT]件，复议机关均[维持|RESULT]原答复。
    → review.total=2, review.upheld=2

Example::

    [行政复议|CASE]和[行政诉讼|CASE]各[1|COUNT]件，均获[维持|RESULT]。
    → review.total=1, litigation.total=1, review.upheld=1, litigation.upheld=1

Example::

    受理[行政复议|CASE][4|COUNT]起、[行政诉讼|CASE][2|COUNT]起。[行政复议|CASE]案件均[维持|RESULT]原决定。
    → review.total=4, litigation.total=2, review.upheld=4

Example::

    本年度发生[行政复议|CASE][1|COUNT]件，复议机关维持了本局的答复。
    → review.total=1, review.upheld=1

Example::

    本年度发生[行政诉讼|CASE][2|COUNT]件，法院判决驳回原告诉讼请求。
    → litigation.total=2
"""
from __future__ import annotations

import re

from infer.prose.doc import CASE_CONTEXT_CHARS, CASES_WITH_RESULTS, INHERITED_CASE, OTHER_SIDE, Doc, Linked, field_of
from infer.lexicon import RESULT_SYNONYMS
from infer.prose.spans import Span
from infer.schema import is_field

NAME = "results"
ALL_OF = re.compile(r"均|都|皆|全部|全都")


def _case(link: Linked) -> str:
    """The case type of a link's field: ``litigation.direct.total`` → ``litigation``."""
    return link.field.split(".", 1)[0]


def apply(doc: Doc, links: list[Linked]) -> list[Linked]:
    used = {id(c) for l in links for c in l.categories}
    totals = sorted((l for l in links if l.field.endswith(".total") and l.field.rsplit(".", 1)[0]
                     in CASES_WITH_RESULTS and l.value), key=lambda l: l.number.start)
    out = list(links)
    for r in doc.spans:
        if r.label != "RESULT" or id(r) in used or field_of(r) == "total":
            continue
        prior = [t for t in totals if t.number.end <= r.start and r.start - t.number.end <= CASE_CONTEXT_CHARS]
        if not prior:
            continue
        last = prior[-1]
        # every total stated by that same number (各1件 / 均为2件 gives several case types one count)
        group = [t for t in prior if t.number.start == last.number.start]
        own = doc.ctx.at(r.start)
        if len(group) == 1 and own is not None and _case(last) != own:
            # the result names its own case type (行政复议案件均维持…) after another type's total: it takes
            # the latest total of its own type; counts between that belong to other types do not block it
            same = [t for t in prior if _case(t) == own]
            if not same:
                continue
            last, group = same[-1], [same[-1]]
            others = {l.number.start for l in links if _case(l) != own}
            if any(s.label == "COUNT" and last.number.end <= s.start < r.start and s.start not in others
                   for s in doc.spans):
                continue
        else:
            if doc.seg.sentence_id(r.start) == doc.seg.sentence_id(last.number.start):
                own = None  # in the total's own sentence the case list is the context, not a restatement
            if own is not None and len(group) > 1 and any(_case(t) == own for t in group):
                group = [t for t in group if _case(t) == own]  # 各1件 … 行政复议案件…维持: the review only
            # another count in between: the result may belong to it (unless the result names its case type
            # and the count is already another type's: 复议案件中，维持3件…；诉讼案件均以撤诉结案)
            others = {l.number.start for l in links if _case(l) != own} if own is not None else set()
            if any(s.label == "COUNT" and last.number.end <= s.start < r.start and s.start not in others
                   for s in doc.spans):
                continue
        all_of = bool(ALL_OF.search(doc.text, last.number.end, r.start))
        for total in group:
            case = total.field.rsplit(".", 1)[0]
            own_case = doc.ctx.at(r.start)
            if len(group) == 1 and own_case is not None and own_case != case.split(".", 1)[0]:
                continue
            if total.value != 1 and not all_of:
                continue
            if len(group) > 1 and not all_of:
                continue  # 各1件，维持: which of them? only 均 says both (or a statement naming one)
            fld = f"{case}.{field_of(r)}"
            if is_field(fld):
                out.append(Linked(fld, total.value, total.number, [r], INHERITED_CASE * OTHER_SIDE, NAME))
    out.extend(_untagged(doc, totals, out))
    return out


#: How far after a case total an untagged result word is read, within the total's sentence.
_UNTAGGED_REACH = 40
_RESULT_WORDS = re.compile("|".join(sorted((w for k, ws in RESULT_SYNONYMS.items() if k != "total" for w in ws),
                                           key=len, reverse=True)))
_DENIED = re.compile(r"(未|没有|没|不|无)(被|予|获)?$")


def _untagged(doc: Doc, totals: list[Linked], links: list[Linked]) -> list[Linked]:
    """A result word the tagger left unmarked right after a case total of 1 (or 均…) in the same sentence,
    with no other count, case type or tagged result between (行政复议1件，复议机关维持了原答复), is that
    case's result: the regex baseline reads these, so the model path must too."""
    have = {(l.field, l.number.start) for l in links}
    out: list[Linked] = []
    for total in totals:
        case = total.field.rsplit(".", 1)[0]
        if case.split(".", 1)[0] not in ("review", "litigation"):
            continue
        _, sent_end = doc.seg.sentence_bounds(total.number.end)
        stop = min(sent_end, total.number.end + _UNTAGGED_REACH)
        m = _RESULT_WORDS.search(doc.simple(total.number.end, stop))
        if m:
            at = total.number.end + m.start()
        else:
            found = _in_later_statement(doc, total, sent_end)
            if found is None:
                continue
            at, m = found
        if any(total.number.end <= s.start < min(at + len(m.group()), sent_end)
               and (s.is_number or s.label in ("RESULT", "CASE")) for s in doc.spans):
            continue  # the sentence goes on with its own counts, cases or tagged results first
        if _DENIED.search(doc.simple(max(0, at - 3), at)):
            continue  # 未被纠正: a denial, not a result
        all_of = bool(ALL_OF.search(doc.text, total.number.end if at < sent_end else doc.seg.sentence_bounds(at)[0], at))
        if total.value != 1 and not all_of:
            continue
        from infer.lexicon import category_field

        kind = category_field("RESULT", m.group())
        fld = f"{case}.{kind}"
        if not kind or not is_field(fld) or (fld, total.number.start) in have:
            continue
        word = Span(at, at + len(m.group()), "RESULT", 0.9, doc.text[at:at + len(m.group())])
        out.append(Linked(fld, total.value, total.number, [word], INHERITED_CASE * OTHER_SIDE * 0.9, NAME))
    return out


#: How far after its total's sentence a result may be stated in statements of its own.
_LATER_REACH = 160
#: A heading line (五、收费情况, （三）…): the section, and the case it reported, ends there.
_HEADING = re.compile(r"\n\s*([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])")


def _in_later_statement(doc: Doc, total: Linked, sent_end: int) -> tuple[int, re.Match[str]] | None:
    """An untagged result word in a statement after the total's sentence (``全年收到行政复议申请1件……。复议决定
    维持了原答复。``): the statements up to the next heading, count or tagged result, within
    :data:`_LATER_REACH`, never into a table line (:attr:`Doc.blocked`: a transposed table's 结果维持 cell is no
    result); a statement that names another case type is about that one and is skipped
    (``行政复议、行政诉讼各1件。行政复议案件…维持…。行政诉讼案件仍在审理中。``)."""
    case = total.field.split(".", 1)[0]
    limit = min(len(doc.text), sent_end + _LATER_REACH)
    heading = _HEADING.search(doc.text, sent_end, limit)
    if heading:
        limit = heading.start()
    blocking = [s.start for s in doc.spans if sent_end <= s.start < limit and
                (s.label == "RESULT" or s.is_number and doc.count_value(s) is not None)]
    # a table line (doc.blocked: table rows, regions, header lines) ends the prose: its labels are no result
    blocking += [max(a, sent_end) for a, b in doc.blocked if a < limit and b > sent_end]
    if blocking:
        limit = min(blocking)
    pos = sent_end
    while pos < limit:
        s_start, s_end = doc.seg.sentence_bounds(pos)
        s_start, s_end = max(s_start, pos), min(s_end, limit)
        if s_end <= s_start:
            pos += 1  # on a sentence end
            continue
        simple = doc.simple(s_start, s_end)
        m = _RESULT_WORDS.search(simple)
        if m:
            named = doc.ctx.named_before(s_start + m.start())
            if named == case:
                return s_start + m.start(), m
            if named is None:
                return None  # a result of no named case, after a statement: too far to be sure
        pos = s_end + 1
    return None
