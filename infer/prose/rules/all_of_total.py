"""A clause with 均/全部/都 and categories but no count of its own gives each category the total stated
before it in the same sentence.

Example::

    共[受理|RECEIVED]申请[3|COUNT]件，均为[当面|CHANNEL]提出。
    → requests.received=3, requests.channel.in_person=3

An applicant the tagger left unmarked in such a clause (``均为公民个人通过信函提出``) is read from the lexicon
when the clause ends in a verb of applying (提出, 提交, 申请).

Example::

    共[收到|RECEIVED]申请[6|COUNT]份，均为公民个人通过[信函|CHANNEL]提出。
    → requests.received=6, requests.channel.mail=6, requests.applicant.natural_person=6

A total of one needs no 均: the clause right after it that says how it was made is that request's.

Example::

    全年仅[收到|RECEIVED]申请[1|COUNT]件，系个人通过[来访|CHANNEL]方式提出。
    → requests.received=1, requests.channel.in_person=1, requests.applicant.natural_person=1

A later sentence may say it of the requests (``申请人均为自然人``, ``上述申请均通过网上提交``): a channel or
applicant clause with 均… whose sentence names 申请 before it takes the received total stated last
before it (within :data:`REACH_CHARS`), not an answered total nor a handled total (新收42 + 结转1 = 办理43,
:mod:`infer.prose.rules.handled_total`).

Example::

    本年新收申请[42|COUNT]件，[办结|ANSWERED][40|COUNT]件。申请人均为[自然人|APPLICANT]。
    → requests.received=42, requests.outcome.total=40, requests.applicant.natural_person=42

Example::

    本年新收申请[42|COUNT]件，[上年结转|CARRY_OVER][1|COUNT]件，共[办理|RECEIVED][43|COUNT]件。申请人均为[自然人|APPLICANT]。
    → requests.received=42, requests.carried_over=1, requests.applicant.natural_person=42

Example::

    本年[受理|RECEIVED]申请[42|COUNT]件。[行政复议|CASE][1|COUNT]件，复议机关均为市政府。
    → requests.received=42, review.total=1
"""
from __future__ import annotations

import re

from infer.prose.doc import INHERITED_CASE, OTHER_SIDE, Doc, Linked, field_of
from infer.prose.rules.handled_total import handled_totals
from infer.prose.spans import Span
from infer.schema import is_field

NAME = "all_of_total"
ALL_OF = re.compile(r"均|都|皆|全部|全都")


def apply(doc: Doc, links: list[Linked]) -> list[Linked]:
    seg = doc.seg
    totals = sorted((l for l in links if l.field in ("requests.received", "requests.outcome.total")),
                    key=lambda l: l.number.start)
    out = list(links)
    by_clause: dict[int, list[Span]] = {}
    for s in doc.spans:
        by_clause.setdefault(seg.clause_id(s.start), []).append(s)
    for clause, items in by_clause.items():
        if any(s.is_number for s in items):
            continue
        cats = [s for s in items if s.label in ("CHANNEL", "APPLICANT", "OUTCOME")]
        c_start = seg.clause_cuts[clause - 1] + 1 if clause > 0 else 0
        cats = sorted(cats + _untagged_applicants(doc, items, c_start), key=lambda c: c.start)
        if not cats:
            continue
        sentence = seg.sentence_id(cats[0].start)
        prior = [t for t in totals if t.number.end <= c_start and seg.sentence_id(t.number.start) == sentence]
        if not ALL_OF.search(doc.text, c_start, cats[0].start):
            if not (prior and _the_one_request(doc, prior[-1], cats, c_start)):
                continue
        if prior:
            total = prior[-1]
        else:
            earlier = _said_of_requests(doc, links, cats, c_start)
            if earlier is None:
                continue
            total = earlier
        seen: set[str] = set()
        for c in cats:
            fld = field_of(c)
            if fld and fld not in seen and is_field(fld):
                seen.add(fld)
                out.append(Linked(fld, total.value, total.number, [c], OTHER_SIDE * INHERITED_CASE, NAME))
    return out


def _the_one_request(doc: Doc, total: Linked, cats: list[Span], c_start: int) -> bool:
    """``收到申请1件，系村民通过来访方式提出``: a total of one, then a clause of channels or applicants that ends
    in a verb of applying, right after the total's clause (no 均 needed: there is one request)."""
    if total.value != 1 or total.field != "requests.received" or any(c.label == "OUTCOME" for c in cats):
        return False
    _, t_end = doc.clause_bounds(total.number.start)
    _, c_end = doc.clause_bounds(c_start)
    return t_end + 1 == c_start and bool(_APPLYING_END.search(doc.simple(c_start, c_end)))


#: How far (characters) before a 申请人均为… sentence the received total may stand.
REACH_CHARS = 300
_OF_REQUESTS = re.compile(r"申请")


def _said_of_requests(doc: Doc, links: list[Linked], cats: list[Span], c_start: int) -> Linked | None:
    """The received total a later ``申请人均为自然人`` speaks of: only channels or applicants, 申请 named in the
    sentence before 均, no number between the sentence start and the clause, the last received total before
    within reach and no count of a case type in between."""
    if any(c.label not in ("CHANNEL", "APPLICANT") for c in cats):
        return None
    s_start, _ = doc.seg.sentence_bounds(c_start)
    head = doc.simple(s_start, cats[0].start)
    if not _OF_REQUESTS.search(head) or any(s.is_number and s_start <= s.start < c_start for s in doc.spans):
        return None
    before = sorted((l for l in links if l.number.end <= s_start and s_start - l.number.end <= REACH_CHARS),
                    key=lambda l: l.number.start)
    handled = handled_totals(doc, links)
    received = [l for l in before if l.field == "requests.received" and id(l) not in handled]
    if not received:
        return None
    last = received[-1]
    if any(l.number.start > last.number.start and not l.field.startswith("requests.") for l in before):
        return None
    return last


_APPLYING_END = re.compile(r"(提出|提交|递交|申请)\s*$")


def _untagged_applicants(doc: Doc, items: list[Span], c_start: int) -> list[Span]:
    """Applicant phrases of the lexicon in the clause that no span covers, when the clause ends in 提出/提交."""
    from infer.prose.repair import phrases

    _, c_end = doc.clause_bounds(c_start)
    clause = doc.simple(c_start, c_end)
    if not _APPLYING_END.search(clause) or any(s.label == "APPLICANT" for s in items):
        return []
    for p in phrases("APPLICANT"):
        at = clause.find(p)
        if at < 0:
            continue
        a, b = c_start + at, c_start + at + len(p)
        if any(s.start < b and a < s.end for s in items):
            continue
        return [Span(a, b, "APPLICANT", 0.8, doc.text[a:b])]
    return []