"""A channel or applicant list qualifying a total is the total; a single channel qualifying it is also
that channel's count; a received total the tagger left without its anchor is read from the lexicon.

``通过信函、网络提交的申请共64件`` is ``requests.received`` 64, not a channel count (pairing abstained on
the list); ``收到3份以信函形式提出的申请`` is ``requests.received`` 3 and ``requests.channel.mail`` 3.
When the tagger marked the count but nothing it counts, a receiving verb of the lexicon (收到, 受理,
办理 …) followed by 申请 before the count in the same clause stands for the RECEIVED anchor (lower
confidence), when its object says 公开 (or is a bare 申请) and is no review or lawsuit (行政复议申请);
letters and approvals are dropped by :mod:`infer.prose.rules.topic`.

Example::

    本年通过[信函|CHANNEL]、[网络|CHANNEL]提交的申请共[64|COUNT]件。
    → requests.received=64

Example::

    全年[收到|RECEIVED][3|COUNT]份以[信函|CHANNEL]形式提出的政府信息公开申请。
    → requests.received=3, requests.channel.mail=3

Example::

    今年接到个人和企业递交的公开申请合计[27|COUNT]件。
    → requests.received=27

Example::

    全年办理不动产登记申请[3120|COUNT]件。
    → nothing

Example::

    本年度我局共接受群众依申请公开[31|COUNT]人次。
    → requests.received=31

Example::

    全年接受群众咨询和监督申请[31|COUNT]人次。
    → nothing

An applicant phrase between a receiving verb and the count, tied to 申请 by 的 (``受理公民、法人和其他组织
提出的政府信息公开申请86件``), says whose requests were received, it does not count one kind of applicant:
the count is ``requests.received``. Only when the phrase names one kind (``收到个人提出的申请5件``) is the
count that kind's too; ``自然人申请46件`` (no 的) stays an applicant count.

Example::

    全年共[受理|RECEIVED]公民、法人和[其他组织|APPLICANT]提出的政府信息公开申请[64|COUNT]件。
    → requests.received=64

Example::

    本年度[收到|RECEIVED]公民、[法人|APPLICANT]或者其他[组织|APPLICANT]的信息公开申请[17|COUNT]份。
    → requests.received=17

Example::

    本年[收到|RECEIVED][个人|APPLICANT]提出的公开申请[5|COUNT]件。
    → requests.received=5, requests.applicant.natural_person=5

Without 的, the applicant right after the verb (``接收企业申请6件``) qualifies the total only when no other
applicant is counted in the sentence (``受理个人申请20件，法人申请3件`` is a breakdown). A word for the public
(群众, 公众: :data:`infer.lexicon.APPLICANT_THE_PUBLIC`) names no kind of applicant.

Example::

    全年[接收|RECEIVED][群众|APPLICANT]申请[6|COUNT]件，均已按期答复。
    → requests.received=6, requests.outcome.total=6

Example::

    全年[受理|RECEIVED][个人|APPLICANT]申请[20|COUNT]件，[法人|APPLICANT]申请[3|COUNT]件。
    → requests.applicant.natural_person=20, requests.applicant.organization=3

The same when the tagger left the applicant unmarked: one kind of applicant of the lexicon between the
receiving verb and 的…申请 of a received total is that kind's count too.

Example::

    全年[收到|RECEIVED]企业提出的信息公开申请[3|COUNT]件。
    → requests.received=3, requests.applicant.organization=3

Example::

    全年[收到|RECEIVED]公民、法人提出的信息公开申请[9|COUNT]件。
    → requests.received=9
"""
from __future__ import annotations

import re

from infer.lexicon import ANCHOR_SYNONYMS, APPLICANT_SYNONYMS, APPLICANT_THE_PUBLIC, CASE_SYNONYMS, category_field
from infer.prose.doc import DIRECT, FALLBACK, OTHER_SIDE, Doc, Linked, field_of, listed_phrase_before
from infer.prose.spans import Span
from infer.schema import is_field

NAME = "qualifier"
_REQUEST = re.compile(r"申请")
_TOTAL_WORD = re.compile(r"共|合计|总计|总数|累计|一共")
#: Units of a count of requests (个 and 项 count parts, matters, items).
_UNIT_AFTER = re.compile(r"\s*(件|份|条|宗|人次)")
#: Receiving verbs: the lexicon's, and 接受 (接受群众依申请公开45人次), which only this rule reads (the regex baseline
#: reads the lexicon's anchors and stays as it was).
_RECEIVING = re.compile("|".join(sorted(ANCHOR_SYNONYMS["RECEIVED"] + ("接受",), key=len, reverse=True)))
_CASE_OBJECT = re.compile("|".join(sorted({p for ps in CASE_SYNONYMS.values() for p in ps}, key=len, reverse=True)))


def apply(doc: Doc, links: list[Linked]) -> list[Linked]:
    out = list(links)
    linked_at = {l.number.start for l in links}
    for sp in doc.spans:
        if sp.label != "COUNT" or sp.start in linked_at or sp.start in doc.consumed:
            continue
        value = doc.count_value(sp)
        if value is None or not _UNIT_AFTER.match(doc.text, sp.end):
            continue
        cats = doc.abstained.get(sp.start)
        if cats is not None:
            if {c.label for c in cats} <= {"CHANNEL", "APPLICANT"} and _total_of_requests(doc, sp, cats):
                out.append(Linked("requests.received", value, sp, cats, OTHER_SIDE, NAME))
            continue
        anchor = _anchor_from_text(doc, sp)
        if anchor is not None:
            out.append(Linked("requests.received", value, sp, [anchor], FALLBACK, NAME))
    out = _applicant_qualifier(doc, out)
    out.extend(_untagged_applicant(doc, out))
    out.extend(_single_channel(doc, out))
    return out


def _untagged_applicant(doc: Doc, links: list[Linked]) -> list[Linked]:
    """A received total whose verb and 的…申请 frame one untagged applicant phrase of the lexicon."""
    from infer.prose.repair import phrases

    out: list[Linked] = []
    have = {l.number.start for l in links if l.field.startswith("requests.applicant.")}
    for l in links:
        if l.field != "requests.received" or not l.value or l.number.start in have:
            continue
        start, _ = doc.clause_bounds(l.number.start)
        spans = [s for s in doc.spans if start <= s.start < l.number.start]
        if any(s.is_number or s.label == "APPLICANT" for s in spans):
            continue
        verb_at = _receiving_before(doc, start, l.number.start, [s for s in spans if not s.is_number])
        if verb_at is None:
            continue
        head = doc.simple(verb_at, l.number.start)
        found = {(head.find(p), p) for p in phrases("APPLICANT") if p in head}
        if not found:
            continue
        at, p = min(found, key=lambda x: (x[0], -len(x[1])))
        fld = category_field("APPLICANT", p)
        kinds = {category_field("APPLICANT", q) for _, q in found}
        if len(kinds) != 1 or not fld or not is_field(fld) or not _OF_REQUEST.match(head[at + len(p):]):
            continue
        a = verb_at + at
        out.append(Linked(fld, l.value, l.number, [Span(a, a + len(p), "APPLICANT", 0.8, doc.text[a:a + len(p)])],
                          FALLBACK, NAME))
    return out


_APPLICANT_FIELDS = ("requests.applicant.natural_person", "requests.applicant.organization")
#: After the applicant phrase: 的 before 申请 (提出的…申请, 的信息公开申请), no other count.
_OF_REQUEST = re.compile(r"^[^，,。；;、]{0,6}的[^，,。；;、]{0,12}申请[^，,。；;、]{0,4}$")
_PERSON = re.compile("|".join(p for p in APPLICANT_SYNONYMS["requests.applicant.natural_person"]))
_ORG = re.compile("|".join(p for p in APPLICANT_SYNONYMS["requests.applicant.organization"]))


def _applicant_qualifier(doc: Doc, links: list[Linked]) -> list[Linked]:
    """An applicant count whose applicant phrase qualifies 申请 after a receiving verb is the received total."""
    have_received = {l.number.start for l in links if l.field == "requests.received"}
    out: list[Linked] = []
    for l in links:
        if l.field not in _APPLICANT_FIELDS or l.number.start in have_received:
            out.append(l)
            continue
        start, _ = doc.clause_bounds(l.number.start)
        cats = [s for s in doc.spans if start <= s.start < l.number.start and not s.is_number]
        apps = [s for s in cats if s.label == "APPLICANT"]
        if not apps or any(s.is_number and start <= s.start < l.number.start for s in doc.spans):
            out.append(l)
            continue
        verb_at = _receiving_before(doc, start, apps[0].start, cats)
        after = doc.simple(apps[-1].end, l.number.start)
        if verb_at is None or not (_OF_REQUEST.match(after) or _direct_object(doc, l, verb_at, apps, after, links)):
            out.append(l)
            continue
        phrase = doc.simple(verb_at, apps[-1].end)
        out.append(Linked("requests.received", l.value, l.number, l.categories, l.link_confidence, NAME))
        public = any(w in doc.simple(a.start, a.end) for a in apps for w in APPLICANT_THE_PUBLIC)
        if not public and not (_PERSON.search(phrase) and _ORG.search(phrase)) \
                and listed_phrase_before(doc, apps[0]) is None:
            out.append(l)  # one kind of applicant: all the requests were theirs
    return out


_DIRECT_REQUEST = re.compile(r"^(提出|提交|递交)?的?(政府信息公开|信息公开|公开)?申请[^，,。；;、]{0,4}$")


def _direct_object(doc: Doc, l: Linked, verb_at: int, apps: list[Span], after: str, links: list[Linked]) -> bool:
    """``接收群众申请6件``: the applicant right after the verb, 申请 right after it, and no other applicant count
    in the sentence (else the clause is one item of a breakdown)."""
    if len(apps) != 1 or not _DIRECT_REQUEST.match(after) or len(doc.simple(verb_at, apps[0].start)) > 4:
        return False
    sid = doc.seg.sentence_id(l.number.start)
    return not any(o is not l and o.field.startswith("requests.applicant.")
                   and doc.seg.sentence_id(o.number.start) == sid for o in links)


def _receiving_before(doc: Doc, start: int, end: int, cats: list[Span]) -> int | None:
    """Where a receiving verb (tagged RECEIVED, or one of the lexicon) stands in ``[start, end)``."""
    tagged = [c.start for c in cats if c.label == "RECEIVED" and c.end <= end]
    if tagged:
        return tagged[-1]
    m = _RECEIVING.search(doc.simple(start, end))
    return start + m.start() if m else None


def _total_of_requests(doc: Doc, number: Span, cats: list[Span]) -> bool:
    """The list stands before 申请 and the count is a total (共…, or a receiving verb in the clause)."""
    last = max(c.end for c in cats if c.end <= number.start) if any(c.end <= number.start for c in cats) else None
    if last is None:
        return False
    between = doc.simple(last, number.start)
    if not _REQUEST.search(between):
        return False
    start, _ = doc.clause_bounds(number.start)
    return bool(_TOTAL_WORD.search(between)) or bool(_RECEIVING.search(doc.simple(start, number.start)))


def _anchor_from_text(doc: Doc, number: Span) -> Span | None:
    """收到/受理/办理 … 申请 … N件 with no tagged category in the clause: the verb as a RECEIVED span (or the
    tagged verb itself, when a 、 between cut the count off from it)."""
    start, _ = doc.clause_bounds(number.start)
    cats = [s for s in doc.spans if not s.is_number and start <= s.start < number.start and field_of(s)]
    # 收到公民、法人提出的申请9件: the list's 、 cut the count off from its tagged verb, read it as untagged
    if cats and not (all(c.label == "RECEIVED" for c in cats) and "、" in doc.text[cats[-1].end:number.start]):
        return None
    if any(s.label == "COUNT" and start <= s.start < number.start for s in doc.spans):
        return None
    before = doc.simple(start, number.start)
    verb = _RECEIVING.search(before)
    if verb is None:
        return None
    obj = before[verb.end():]
    req = obj.rfind("申请")
    if req < 0 or _CASE_OBJECT.search(obj[:req + 2]):
        return None
    if len(obj[:req]) > 2 and "公开" not in obj[:req] and not obj.startswith("依申请公开", max(0, req - 1)):
        return None  # 办理营业执照申请: the verb's object must be a disclosure request (公开…申请, or bare 申请)
    a, b = start + verb.start(), start + verb.end()
    return Span(a, b, "RECEIVED", 0.9, doc.text[a:b])


def _single_channel(doc: Doc, links: list[Linked]) -> list[Linked]:
    """A received total whose clause names exactly one channel, before 申请, and no other count."""
    out: list[Linked] = []
    have = {(l.field, l.number.start) for l in links}
    for l in links:
        if l.field != "requests.received" or not l.value:
            continue
        start, end = doc.clause_bounds(l.number.start)
        in_clause = [s for s in doc.spans if start <= s.start < end]
        if any(s.label == "COUNT" and s.start != l.number.start for s in in_clause):
            continue
        channels = [s for s in in_clause if s.label == "CHANNEL" and field_of(s)]
        if len({field_of(c) for c in channels}) != 1 or listed_phrase_before(doc, channels[0]) is not None:
            continue
        ch = channels[0]
        if not _REQUEST.search(doc.simple(ch.end, end)):
            continue
        fld = field_of(ch)
        if fld and (fld, l.number.start) not in have:
            out.append(Linked(fld, l.value, l.number, [ch], l.link_confidence * DIRECT, NAME))
    return out
