"""A case result with no count of its own takes the case total when that is 1, or when 均/都/全部 says
every case had that result (``均获维持`` → upheld for each case type stated before it).

Example::

    [行政复议|CASE][2|COUNT]件，复议机关均[维持|RESULT]原答复。
    → review.total=2, review.upheld=2

Example::

    [行政复议|CASE]和[行政诉讼|CASE]各[1|COUNT]件，均获[维持|RESULT]。
    → review.total=1, litigation.total=1, review.upheld=1, litigation.upheld=1

Example::

    受理[行政复议|CASE][4|COUNT]起、[行政诉讼|CASE][2|COUNT]起。[行政复议|CASE]案件均[维持|RESULT]原决定。
    → review.total=4, litigation.total=2, review.upheld=4
"""
from __future__ import annotations

import re

from infer.prose.doc import CASE_CONTEXT_CHARS, CASES_WITH_RESULTS, INHERITED_CASE, OTHER_SIDE, Doc, Linked, field_of
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
        elif any(s.label == "COUNT" and last.number.end <= s.start < r.start for s in doc.spans):
            continue  # another count in between: the result may belong to it
        all_of = bool(ALL_OF.search(doc.text, last.number.end, r.start))
        for total in group:
            case = total.field.rsplit(".", 1)[0]
            own_case = doc.ctx.at(r.start)
            if len(group) == 1 and own_case is not None and own_case != case.split(".", 1)[0]:
                continue
            if total.value != 1 and not all_of:
                continue
            if len(group) > 1 and not all_of:
                continue  # 各1件，维持: which of them? only 均 says both
            fld = f"{case}.{field_of(r)}"
            if is_field(fld):
                out.append(Linked(fld, total.value, total.number, [r], INHERITED_CASE * OTHER_SIDE, NAME))
    return out
