"""Where the tagger left a request category unmarked, read it from the lexicon, inside a breakdown only.

Three shapes, all for a count (with a unit) that nothing linked:

* **The category after the count** (``另有2份所申请信息不属于本局职责范围``, ``另有1件因涉及隐私，依法不予公开``,
  ``5件由用人单位提出``): the first outcome or applicant phrase of the lexicon after the count, in its clause or
  in the next clause when that one has no count of its own, with no tagged span between. An outcome needs
  its sentence to break outcomes down already (another count linked to an outcome, or abstained on
  outcomes), an applicant needs another applicant count in its sentence: a lone count with a category
  word somewhere after it is too loose to read. Short words (公开, 其他, 个人 inside 个人隐私) are not read:
  outcome phrases need four characters, and an applicant phrase must be followed by 提出/提交/申请.
* **An applicant before the count** (``个人提出申请40件，单位提出申请5件`` with 单位 untagged): the piece of the
  count, with no tagged span, opens with an applicant phrase of the lexicon followed by 提出/提交/申请, and
  another applicant is counted in the sentence.
* **The count as a predicate** (``网上申请占绝大多数，为49件``): a clause that is only 为/是/共/计 and the count
  takes the one channel, applicant or outcome category of the clause before it in its sentence, when
  that clause has no count; where the tagger marked nothing there, one channel of the lexicon before 申请.

Example::

    [同意公开|OUTCOME][4|COUNT]份；另有[2|COUNT]份所申请信息不属于本局职责范围。
    → requests.outcome.disclosed=4, requests.outcome.not_this_agency=2

Example::

    有[31|COUNT]件由[个人|APPLICANT]提出，[5|COUNT]件由用人单位提出。
    → requests.applicant.natural_person=31, requests.applicant.organization=5

Example::

    申请人情况：[个人|APPLICANT]提出申请[40|COUNT]件，单位提出申请[5|COUNT]件。
    → requests.applicant.natural_person=40, requests.applicant.organization=5

Example::

    [网上|CHANNEL]申请占绝大多数，为[49|COUNT]件。
    → requests.channel.online=49

Example::

    网上申请仍是主要渠道，共[36|COUNT]件；[当面|CHANNEL]申请次之，共[9|COUNT]件。
    → requests.channel.online=36, requests.channel.in_person=9

Example::

    全年开展培训[2|COUNT]次，另有[3|COUNT]件涉及个人隐私。
    → nothing
"""
from __future__ import annotations

import re

from infer.lexicon import APPLICANT_SYNONYMS, CHANNEL_SYNONYMS, OUTCOME_SYNONYMS, category_field
from infer.prose.doc import FALLBACK, Doc, Linked, field_of, REQUEST_OR_PERSON_UNIT_AFTER
from infer.prose.spans import Span
from infer.schema import is_field

NAME = "request_fallback"
#: Outcome phrases long enough to read untagged (公开, 其他, 不存在 alone say too little).
_MIN_OUTCOME_LEN = 4
_OUTCOME = re.compile("|".join(sorted((p for ps in OUTCOME_SYNONYMS.values() for p in ps if len(p) >= _MIN_OUTCOME_LEN),
                                      key=len, reverse=True)))
_APPLICANT = re.compile("(" + "|".join(sorted((p for ps in APPLICANT_SYNONYMS.values() for p in ps), key=len,
                                               reverse=True)) + r")[^，,。；;]{0,6}?(提出|提交|递交|申请)")
_PREDICATE = re.compile(r"\s*(为|是|共|计|共计|达|有)\s*$")
_SPECIFIC = ("CHANNEL", "APPLICANT", "OUTCOME")


def apply(doc: Doc, links: list[Linked]) -> list[Linked]:
    out = list(links)
    for sp in doc.free_counts(links):
        if not doc.is_prose(sp.start) or not REQUEST_OR_PERSON_UNIT_AFTER.match(doc.text, sp.end):
            continue
        value = doc.count_value(sp)
        if value is None:
            continue
        found = _category_after(doc, sp, links) or _applicant_before(doc, sp, links) or _predicate_of(doc, sp)
        if found is not None:
            fld, cat = found
            out.append(Linked(fld, value, sp, [cat], FALLBACK, NAME))
    return out


def _window_after(doc: Doc, sp: Span) -> int:
    """End of the text after ``sp`` that may hold its category: its clause, or the next one without a count."""
    _, c_end = doc.clause_bounds(sp.start)
    _, s_end = doc.seg.sentence_bounds(sp.start)
    if c_end < s_end:
        _, n_end = doc.clause_bounds(c_end + 1)
        if not any(s.is_number and c_end < s.start < n_end for s in doc.spans):
            c_end = n_end
    nxt = [s.start for s in doc.spans if s.is_number and sp.end <= s.start < c_end]
    return min(nxt, default=c_end)


def _category_after(doc: Doc, sp: Span, links: list[Linked]) -> tuple[str, Span] | None:
    end = _window_after(doc, sp)
    if any(sp.end <= s.start < end and s.label != "FEE" for s in doc.spans):
        return None  # the tagger marked something there: pairing had its say (a fee word: 未缴纳信息处理费)
    window = doc.simple(sp.end, end)
    sid = doc.seg.sentence_id(sp.start)
    in_sentence = [l for l in links if doc.seg.sentence_id(l.number.start) == sid]
    outcomes = any(l.field.startswith("requests.outcome.") and l.field != "requests.outcome.total"
                   for l in in_sentence) or any(
        doc.seg.sentence_id(p) == sid and any(c.label == "OUTCOME" for c in cats) for p, cats in doc.abstained.items())
    applicants = any(l.field.startswith("requests.applicant.") for l in in_sentence)
    candidates: list[tuple[int, str, str]] = []
    if outcomes and (m := _OUTCOME.search(window)):
        candidates.append((m.start(), "OUTCOME", m.group()))
    if applicants and (m := _APPLICANT.search(window)):
        candidates.append((m.start(), "APPLICANT", m.group(1)))
    if not candidates:
        return None
    at, label, phrase = min(candidates)
    fld = category_field(label, phrase)
    if not fld or not is_field(fld):
        return None
    a = sp.end + at
    return fld, Span(a, a + len(phrase), label, 0.8, doc.text[a:a + len(phrase)])


_APPLICANT_OPENS = re.compile("^(" + "|".join(sorted((p for ps in APPLICANT_SYNONYMS.values() for p in ps), key=len,
                                                      reverse=True)) + r")(提出|提交|递交)?的?申请[^，,。；;、]{0,2}$")


def _applicant_before(doc: Doc, sp: Span, links: list[Linked]) -> tuple[str, Span] | None:
    pid = doc.seg.piece_id(sp.start)
    p_start = doc.seg.piece_cuts[pid - 1] + 1 if pid > 0 else 0
    if any(p_start <= s.start < sp.start for s in doc.spans):
        return None
    head = doc.simple(p_start, sp.start)
    stripped = head.lstrip()
    m = _APPLICANT_OPENS.match(stripped)
    if m is None:
        return None
    sid = doc.seg.sentence_id(sp.start)
    if not any(l.field.startswith("requests.applicant.") and doc.seg.sentence_id(l.number.start) == sid for l in links):
        return None
    fld = category_field("APPLICANT", m.group(1))
    if not fld or not is_field(fld):
        return None
    a = p_start + len(head) - len(stripped)
    return fld, Span(a, a + len(m.group(1)), "APPLICANT", 0.8, doc.text[a:a + len(m.group(1))])


def _predicate_of(doc: Doc, sp: Span) -> tuple[str, Span] | None:
    c_start, _ = doc.clause_bounds(sp.start)
    if c_start == 0 or not _PREDICATE.fullmatch(doc.text, c_start, sp.start):
        return None
    s_start, _ = doc.seg.sentence_bounds(sp.start)
    p_start, _ = doc.clause_bounds(c_start - 1)
    if p_start < s_start:
        return None
    prev = [s for s in doc.spans if p_start <= s.start < c_start - 1]
    if any(s.is_number for s in prev):
        return None
    cats = [s for s in prev if s.label in _SPECIFIC and field_of(s)]
    if not prev:
        cats = _untagged_channel(doc, p_start, c_start - 1)
    if len({field_of(c) for c in cats}) != 1:
        return None
    fld = field_of(cats[0])
    return (fld, cats[0]) if fld and is_field(fld) else None


_CHANNEL_REQUEST = re.compile("(" + "|".join(sorted((p for ps in CHANNEL_SYNONYMS.values() for p in ps if len(p) >= 2
                                                     and not p.startswith(("其他", "其它"))), key=len, reverse=True))
                              + r")(提交|提出)?的?申请")


def _untagged_channel(doc: Doc, lo: int, hi: int) -> list[Span]:
    """A clause the tagger left bare that names exactly one channel before 申请 (网上申请仍是主要渠道)."""
    found = list(_CHANNEL_REQUEST.finditer(doc.simple(lo, hi)))
    if len(found) != 1:
        return []
    a, b = lo + found[0].start(1), lo + found[0].end(1)
    return [Span(a, b, "CHANNEL", 0.8, doc.text[a:b])]
